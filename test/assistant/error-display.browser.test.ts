// The session is the one authority on errors: on every step of both forms nothing is flagged on
// arrival, and after 次へ the summary says exactly what the fields say, in page order.
import { type FormEntry, type FormModule, formRegistry } from '@koiki/forms';
import { expect } from '@open-wc/testing';
import {
  inlineTexts,
  invalidNodes,
  mountRunner,
  pressNext,
  type Runner,
  root,
  summaryTexts,
} from './runner-errors.ts';

/**
 * A valid example of each form (forms/<id>/examples), walked from はじめに to 完了: a fuller one for
 * the first two forms, else the form's first valid example (so a new form needs no line here).
 */
const fullerExamples: Record<string, string> = {
  'specialist-dispatch': 'prefecture-three-people',
  'consolidation-claim': 'prefecture-library-both-stages',
};

async function validExample(entry: FormEntry): Promise<string> {
  const fuller = fullerExamples[entry.id];
  if (fuller) return fuller;
  const [first] = (await entry.examples()).valid;
  return (first ?? '').replace(/\.json$/, '');
}

async function exampleData(formId: string, name: string): Promise<unknown> {
  const response = await fetch(`/forms/${formId}/examples/${name}.json`);
  const json = (await response.json()) as { data?: unknown; formId?: string };
  return json.formId && json.data ? json.data : json;
}

/** Nothing on the step looks like an error: no summary, no error text, nothing aria-invalid. */
async function expectCleanArrival(el: Runner, where: string): Promise<void> {
  expect(summaryTexts(el), `${where}：エラーの一覧`).to.deep.equal([]);
  expect(inlineTexts(el), `${where}：欄のエラー`).to.deep.equal([]);
  expect(root(el).querySelectorAll('[aria-invalid="true"]').length, where).to.equal(0);
  expect(await invalidNodes(), `${where}：aria-invalid`).to.deep.equal([]);
}

for (const entry of formRegistry) {
  describe(`${entry.title}：エラーの出方`, () => {
    let module: FormModule;
    before(async () => {
      module = await entry.load();
    });

    it('正しい例で「はじめに」から「完了」まで進むと、どの手順も着いたときにエラーが出ていない', async () => {
      const example = await validExample(entry);
      const data = await exampleData(entry.id, example);
      const el = await mountRunner(module, data, 'intro');
      const seen: string[] = [];
      for (;;) {
        const step = el.session.step;
        seen.push(step.id);
        await expectCleanArrival(el, `例「${example}」の「${step.id}」`);
        if (step.kind === 'done') break;
        await pressNext(el);
        expect(summaryTexts(el), `「${step.id}」で止まった`).to.deep.equal([]);
      }
      expect(seen).to.deep.equal(el.session.visibleSteps().map((step) => step.id));
    });

    it('空の下書きで各手順を開くとエラーは出ず、次へを押すと一覧と欄のエラーが同じ文・同じ順になる', async () => {
      const empty = module.definition.emptyData();
      const steps = module.definition.steps.filter((step) => step.fields.length > 0);
      let checked = 0;
      for (const step of steps) {
        const el = await mountRunner(module, empty, step.id);
        try {
          if (el.session.step.id !== step.id) continue; // not shown for an empty draft
          await expectCleanArrival(el, `空の下書きの「${step.id}」`);
          await pressNext(el);
          if (el.session.step.id !== step.id) continue; // nothing required here
          checked += 1;
          const summary = summaryTexts(el);
          expect(summary.length, `「${step.id}」のエラー`).to.be.greaterThan(0);
          expect(summary, `「${step.id}」：一覧 = 欄の文と順`).to.deep.equal(inlineTexts(el));
          for (const message of summary) {
            expect(message, '文が欄の名前を含む').to.not.match(/^(入力|選んで)してください。$/);
          }
        } finally {
          el.remove(); // one runner on the page at a time: the tree is read page-wide
        }
      }
      expect(checked, '必須のある手順を確かめた').to.be.greaterThan(0);
    });
  });
}
