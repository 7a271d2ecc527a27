// WCAG 1.4.10 reflow: at 320 CSS px wide (a phone, or 1280 px at 400 % zoom) every step of
// every form fits without horizontal scrolling.
import '@koiki/assistant';
import type { DraftStore } from '@koiki/drafts';
import { newDraft } from '@koiki/drafts';
import { type FormEntry, formRegistry } from '@koiki/forms';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { rendered, waitFor } from './wait-for.ts';

type Assistant = HTMLElement & {
  updateComplete: Promise<boolean>;
  store: Promise<DraftStore>;
  open(formId: string, draftId?: string): Promise<void>;
};
type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: { visibleSteps(): { id: string; title: string }[]; goTo(id: string): boolean };
};

/**
 * A full example claim of each form, so every step has content (rows, amounts, review): a fuller
 * one for the first two forms, else the form's first valid example (a new form needs no line here).
 */
const fullerExamples: Record<string, string> = {
  'specialist-dispatch': 'prefecture-three-people.json',
  'consolidation-claim': 'prefecture-library-both-stages.json',
};

async function exampleData(entry: FormEntry): Promise<unknown> {
  const file = fullerExamples[entry.id] ?? (await entry.examples()).valid[0];
  const json = await (await fetch(`/forms/${entry.id}/examples/${file}`)).json();
  return 'data' in json && 'formId' in json ? json.data : json;
}

/** What sticks out to the right of the viewport, to name the culprit when the test fails. */
function widest(root: ParentNode, limit: number, found: string[] = []): string[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const right = el.getBoundingClientRect().right;
    if (right > limit + 0.5) found.push(`${el.localName}.${el.className} → ${Math.round(right)}px`);
    if (el.shadowRoot) widest(el.shadowRoot, limit, found);
  }
  return found;
}

describe('320 CSS px で横スクロールしない（WCAG 1.4.10）', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    localStorage.clear();
  });

  for (const entry of formRegistry) {
    it(`${entry.title}：すべての手順で scrollWidth ≤ 320`, async () => {
      const el = await fixture<Assistant>(html`<koiki-assistant></koiki-assistant>`);
      const module = await entry.load();
      const lastStep = module.definition.steps.at(-1)?.id ?? '';
      const draft = await (await el.store).save({
        ...newDraft({
          formId: entry.id,
          schemaVersion: module.definition.schemaVersion,
          data: await exampleData(entry),
          step: lastStep,
          title: entry.title,
        }),
        reached: lastStep,
      });
      await el.open(entry.id, draft.id);
      const runner = await waitFor(
        () =>
          el.shadowRoot?.querySelector<Runner>('koiki-form-runner')?.session &&
          el.shadowRoot?.querySelector<Runner>('koiki-form-runner'),
        'フォームが開く',
      );
      const overflowing: string[] = [];
      for (const step of runner.session.visibleSteps()) {
        runner.session.goTo(step.id);
        await rendered(el.shadowRoot!);
        const width = document.documentElement.scrollWidth;
        if (width > 320)
          overflowing.push(
            `${step.title}: ${width}px ${widest(el.shadowRoot!, 320).slice(-3).join(', ')}`,
          );
      }
      await (await el.store).remove(draft.id);
      fixtureCleanup();
      if (overflowing.length > 0) throw new Error(overflowing.join('\n'));
    });
  }
});
