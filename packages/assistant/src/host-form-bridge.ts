// The host-form bridge: copies values between the assistant's data and a portal's own legacy
// form, through a field map { 'applicant.name': '#dantai-name', … }. Writing dispatches
// `input` and `change` so the portal's own scripts react as if a person had typed.

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

export function valueAtPath(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Sets `value` at `path` in a plain object, creating objects on the way; ignores prototype keys. */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) return;
  let current = target;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    current =
      next !== null && typeof next === 'object'
        ? (next as Record<string, unknown>)
        : (current[key] = {});
  }
  current[keys[keys.length - 1]!] = value;
}

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
    const value = valueAtPath(data, path);
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
  const data: Record<string, unknown> = {};
  for (const [path, selector] of Object.entries(map)) {
    const control = root.querySelector(selector);
    if (!isControl(control)) continue;
    const value = readControl(control);
    if (value !== undefined) setAtPath(data, path, value);
  }
  return data;
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
