// What every form must do on screen (browser part of the shared suite; see conformance.ts):
// every step it can show passes axe, and so does a step showing its errors. Every form in
// forms/index.ts is enrolled by its registry line.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { type FormEntry, type FormModule, formRegistry } from '@koiki/forms';
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../assistant/wait-for.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  /** What the error summary lists (the summary element itself is always there). */
  errors: readonly { message: string }[];
  session: { step: { id: string; kind?: string }; visibleSteps(): { id: string }[] };
};

const isPayload = (json: unknown): json is { formId: string; data: unknown } =>
  typeof json === 'object' && json !== null && 'formId' in json && 'data' in json;

async function exampleData(formId: string, file: string): Promise<unknown> {
  const response = await fetch(`/forms/${formId}/examples/${file}`);
  const json: unknown = await response.json();
  return isPayload(json) ? json.data : json;
}

async function mount(module: FormModule, data: unknown): Promise<Runner> {
  const draft = newDraft({
    formId: module.definition.id,
    schemaVersion: module.definition.schemaVersion,
    data,
    step: module.definition.steps[0]?.id ?? '',
    title: module.definition.title,
  });
  const store = openDraftStore(`koiki-conformance-${Math.random()}`);
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${module} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await el.updateComplete;
  return el;
}

const forwardLabels = ['入力をはじめる', '次へ', 'この内容で確定する'];

/** The runner's button that goes forward; none on the last step. */
const forwardButton = (el: Runner) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((button) =>
    forwardLabels.includes(button.textContent?.trim() ?? ''),
  );

/** Presses the forward button and waits until the step changed (or errors are shown). */
async function pressForward(el: Runner): Promise<void> {
  const before = el.session.step.id;
  forwardButton(el)?.click();
  await waitFor(
    () => el.session.step.id !== before || el.errors.length > 0,
    `手順「${before}」から進めません`,
  );
  await el.updateComplete;
}

async function loaded(entry: FormEntry): Promise<FormModule> {
  const module = await entry.load();
  await module.prepare?.();
  return module;
}

for (const entry of formRegistry) {
  describe(`様式の共通要件（画面）：${entry.title}（${entry.id}）`, () => {
    it('正しい例で進むと、どの手順も axe の検査を通る（例ごとに初めて出る手順を検査）', async function () {
      this.timeout(300_000);
      const module = await loaded(entry);
      const { valid } = await entry.examples();
      const checked = new Set<string>();
      for (const file of valid) {
        const el = await mount(module, await exampleData(entry.id, file));
        for (;;) {
          const step = el.session.step.id;
          if (!checked.has(step)) {
            await expect(el, `${file} の手順「${step}」`).to.be.accessible();
            checked.add(step);
          }
          if (!forwardButton(el)) break;
          await pressForward(el);
          expect(JSON.stringify(el.errors), `${file}: ${step}`).to.equal('[]');
        }
        el.remove();
      }
      const shown = module.definition.steps.map((s) => s.id).filter((id) => checked.has(id));
      expect(shown.length).to.be.greaterThan(module.definition.steps.length / 2);
      expect(checked.has(module.definition.steps.at(-1)?.id ?? '')).to.equal(true);
    });

    it('空の下書きで「次へ」を押し、誤りを示した手順も axe の検査を通る', async function () {
      this.timeout(60_000);
      const module = await loaded(entry);
      const el = await mount(module, module.definition.emptyData());
      await pressForward(el); // はじめに
      await pressForward(el);
      expect(el.errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });
}
