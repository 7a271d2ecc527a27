// The host-form bridge: copies values between the assistant's data and a portal's own legacy
// form, through a field map { 'applicant.name': '#dantai-name', … }. Writing dispatches
// `input` and `change` so the portal's own scripts react as if a person had typed.
import { getAt, setAt } from '@koiki/engine';

export type FieldMap = Record<string, string>;

export interface BridgeReport {
  filled: string[];
  /** Paths whose selector matched nothing in the page. */
  missing: string[];
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (el: Element | null): el is Control =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLSelectElement ||
  el instanceof HTMLTextAreaElement;

function writeControl(control: Control, value: unknown): void {
  if (
    control instanceof HTMLInputElement &&
    (control.type === 'checkbox' || control.type === 'radio')
  ) {
    control.checked = value === true || String(value) === control.value;
  } else {
    control.value = value === undefined || value === null ? '' : String(value);
  }
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills the host page's form from the assistant's data. */
export function fillHostForm(
  data: unknown,
  map: FieldMap,
  root: ParentNode = document,
): BridgeReport {
  const report: BridgeReport = { filled: [], missing: [] };
  for (const [path, selector] of Object.entries(map)) {
    const control = root.querySelector(selector);
    if (!isControl(control)) {
      report.missing.push(path);
      continue;
    }
    const value = readPath(data, path);
    if (value === undefined) continue;
    writeControl(control, value);
    report.filled.push(path);
  }
  return report;
}

function readControl(control: Control): string | boolean | undefined {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
  if (control instanceof HTMLInputElement && control.type === 'radio')
    return control.checked ? control.value : undefined;
  return control.value === '' ? undefined : control.value;
}

/** Reads initial values from the host page's form; text stays text (the assistant parses it). */
export function readHostForm(map: FieldMap, root: ParentNode = document): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const [path, selector] of Object.entries(map)) {
    const control = root.querySelector(selector);
    if (!isControl(control)) continue;
    const value = readControl(control);
    // A path naming __proto__ and the like is refused by the engine's path functions: skip it.
    if (value !== undefined) data = tryPath(() => setAt(data, path, value)) ?? data;
  }
  return data;
}

function readPath(data: unknown, path: string): unknown {
  return tryPath(() => getAt(data, path));
}

function tryPath<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Parses the `field-map` attribute; a malformed map is reported, never thrown at the page. */
export function parseFieldMap(text: string | null): { map: FieldMap; error?: string } {
  if (!text) return { map: {} };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    const entries = Object.entries(parsed).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    return { map: Object.fromEntries(entries) };
  } catch {
    return {
      map: {},
      error:
        'field-map 属性を JSON として読めません。{"申請項目のパス": "CSS セレクター"} の形で書いてください。',
    };
  }
}
