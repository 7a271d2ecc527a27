// Helpers for the runner's error tests: mount a runner on a draft, press the primary button, and
// read the errors a user sees (inline under each field, in the summary) in page order.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import type { FormModule } from '@koiki/forms';
import { fixture, html } from '@open-wc/testing';
import { axFindAll, axTree, isInvalid } from '../kit/a11y-tree.ts';
import { waitFor } from './wait-for.ts';

export type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    step: { id: string; kind?: string };
    data: unknown;
    raw: Record<string, string>;
    visibleSteps(): { id: string; kind?: string }[];
  };
};

type Updating = Element & { updateComplete?: Promise<unknown> };

export const root = (el: Element) => el.shadowRoot!;

/** Waits until the runner and every component it shows have rendered. */
export async function settle(el: Runner): Promise<void> {
  await el.updateComplete;
  const parts = [...root(el).querySelectorAll<Updating>('*')].filter((e) => e.updateComplete);
  await Promise.all(parts.map((part) => part.updateComplete));
  await el.updateComplete;
}

/** A runner on a new draft of `module` with `data`, opened at `step`. */
export async function mountRunner(
  // biome-ignore lint/suspicious/noExplicitAny: any form's module, whatever its data type
  module: FormModule<any>,
  data: unknown,
  step: string,
  raw: Record<string, string> = {},
): Promise<Runner> {
  const { definition } = module;
  const draft = newDraft({
    formId: definition.id,
    schemaVersion: definition.schemaVersion,
    data,
    raw,
    step,
    title: definition.title,
  });
  const store = openDraftStore(`koiki-errors-${crypto.randomUUID()}`);
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${module} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await settle(el);
  return el;
}

/** The error summary's link texts, in order. */
export function summaryTexts(el: Runner): string[] {
  const summary = root(el).querySelector('koiki-error-summary');
  return [...(summary?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => text(a));
}

/** Every inline error on the step, in page order, without the hidden 「エラー：」 prefix. */
export function inlineTexts(el: Runner): string[] {
  const shown: string[] = [];
  collectErrors(root(el), shown);
  return shown;
}

/** Errors under `scope`; a table's cells live in the table's own shadow root, so it is entered. */
function collectErrors(scope: ParentNode, shown: string[]): void {
  for (const element of scope.querySelectorAll('*')) {
    if (element.matches('p.error')) shown.push(text(element));
    if (element.localName === 'koiki-repeatable-rows' && element.shadowRoot) {
      collectErrors(element.shadowRoot, shown);
      continue;
    }
    const inner = element.localName.startsWith('koiki-')
      ? element.shadowRoot?.querySelectorAll('[part="error"], [part="rejection"]')
      : undefined;
    for (const error of inner ?? []) shown.push(text(error));
  }
}

/** The element at `path`, also inside a table (whose cells live in its shadow root). */
export function fieldAt(el: Runner, path: string): HTMLElement | null {
  const selector = `[data-path="${CSS.escape(path)}"]`;
  const direct = root(el).querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const table of root(el).querySelectorAll('koiki-repeatable-rows')) {
    const cell = table.shadowRoot?.querySelector<HTMLElement>(selector);
    if (cell) return cell;
  }
  return null;
}

/** What the accessibility tree marks invalid anywhere on the page. */
export async function invalidNodes(): Promise<string[]> {
  return axFindAll(await axTree(), isInvalid).map((node) => `${node.role}「${node.name ?? ''}」`);
}

/** Presses the step's primary button (次へ, 入力をはじめる, 確定) and waits for the outcome. */
export async function pressNext(el: Runner): Promise<void> {
  const before = el.session.step.id;
  const next = root(el).querySelector<HTMLButtonElement>('.navigation button.primary');
  if (!next) throw new Error(`「${before}」に次へ進むボタンがありません`);
  next.click();
  await waitFor(
    () => el.session.step.id !== before || summaryTexts(el).length > 0,
    `「${before}」で次へを押しても何も起きない`,
  );
  await settle(el);
}

function text(element: Element): string {
  return (element.textContent ?? '').trim().replace(/^エラー：/, '');
}
