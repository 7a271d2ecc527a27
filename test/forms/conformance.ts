// What every form must do, checked the same way for each (Node part; the browser part is
// conformance.browser.test.ts). Registering a form in forms/index.ts enrolls it: see
// conformance.test.ts. What only one form does stays in test/forms/<id>/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  checkDefinition,
  createSession,
  type FieldDefinition,
  getAt,
  type StepDefinition,
} from '@koiki/engine';
import type { FormEntry, FormModule } from '@koiki/forms';
import { readPdfData } from '@koiki/pdf';
import {
  type ClaimResult,
  type FormContract,
  formatFiscalYear,
  formatThousandYen,
  formatYen,
} from '@koiki/schemas';
import type { z } from 'zod';
import { withPdfFile } from '../pdf/pdf-tools.ts';
import { examplePdf, loose, pdfText } from './example-pdf.ts';
import { type LoadedExamples, loadExamples } from './form-examples.ts';
import { fieldPaths, leafPaths } from './schema-paths.ts';
import { walk } from './walk-session.ts';

/** Registers the whole suite for one registered form. */
export function formConformance(entry: FormEntry): void {
  describe(`様式の共通要件：${entry.title}（${entry.id}）`, async () => {
    const module = await entry.load();
    await module.prepare?.();
    const contract = await entry.contract();
    const examples = await loadExamples(entry);

    it('登録の契約（schema の側）は同じ id・題名・版を持つ', () => {
      assert.equal(contract.id, entry.id);
      assert.equal(contract.title, entry.title);
      assert.equal(module.definition.id, entry.id);
      assert.equal(module.definition.title, entry.title);
      assert.equal(module.definition.schemaVersion, contract.schemaVersion);
    });

    describe('質問と schema', () => definitionChecks(module, contract));
    describe('手順と文言', () => wordingChecks(module));
    describe('例', () => exampleChecks(entry, module, contract, examples));
    describe('下書きの題名と次の年度', () => draftChecks(module, contract, examples));
    describe('PDF', () => pdfChecks(module, contract, examples));
    describe('PDF の組み立て（ワーカーの入口）', () => pdfLayoutChecks(entry, module, examples));
    describe('最初のステップの骨組み（契約なし）', () => outlineChecks(entry, module));
  });
}

/**
 * The outline the assistant draws the first step with is the whole form without its contract:
 * the same steps and questions, no schema, calculator or migrations.
 */
function outlineChecks(entry: FormEntry, module: FormModule): void {
  it('loadOutline の定義は、schema・計算・移行を持たず、手順と質問は load と同じ', async () => {
    const outline = (await entry.loadOutline()).definition;
    assert.equal('schema' in outline, false);
    assert.equal('calculate' in outline, false);
    assert.equal('migrate' in outline, false);
    const questions = (definition: { steps: readonly StepDefinition<unknown>[] }) =>
      definition.steps.map((step) => [step.id, step.fields.map((field) => field.path)]);
    assert.deepEqual(questions(outline), questions(module.definition));
    assert.deepEqual(
      [outline.id, outline.title, outline.schemaVersion, outline.emptyData()],
      [
        module.definition.id,
        module.definition.title,
        module.definition.schemaVersion,
        module.definition.emptyData(),
      ],
    );
  });
}

/** The registry's PDF door (what the PDF worker loads) lays out the same document as the module. */
function pdfLayoutChecks(entry: FormEntry, module: FormModule, examples: LoadedExamples): void {
  it('登録の pdfLayout は、様式モジュールの pdfDocument と同じ文書を組む', async () => {
    const layout = await entry.pdfLayout();
    for (const { file, data } of examples.valid) {
      const context = {
        payload: createSession(module.definition, { data }).submitPayload(),
        submitDate: '2026-11-20',
        attachments: [],
      };
      assert.deepEqual(await layout.pdfDocument(context), await module.pdfDocument(context), file);
    }
  });
}

const flatFields = (fields: readonly FieldDefinition<unknown>[]): FieldDefinition<unknown>[] =>
  fields.flatMap((field) => [field, ...flatFields(field.fields ?? [])]);

const allFieldsOf = (module: FormModule) =>
  module.definition.steps.flatMap((step) => flatFields(step.fields));

/** 'a.b.c' → ['a', 'a.b']. */
function prefixes(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

function definitionChecks(module: FormModule, contract: FormContract): void {
  const placed = module.definition.steps.flatMap((step) => fieldPaths(step.fields));
  const asked = placed.filter(
    ([, control]) => control !== 'info' && control !== 'rows' && control !== 'sections',
  );
  const leaves = leafPaths(contract.fields);
  const objects = new Set(leaves.flatMap(prefixes));
  // An attachment fills whole rows of file metadata; a checkbox group answers a whole array.
  const askedAsWhole = (leaf: string) =>
    asked.some(
      ([path, control]) =>
        (control === 'attachment' && leaf.startsWith(`${path}.0.`)) ||
        (control === 'checkbox' && leaf === `${path}.0`),
    );

  it('schema のデータ項目はすべて、どこかの質問で尋ねている', () => {
    const unasked = leaves.filter(
      (leaf) => !asked.some(([path]) => path === leaf) && !askedAsWhole(leaf),
    );
    assert.deepEqual(unasked, []);
  });

  it('質問はすべて schema にあるデータを指している', () => {
    const unknown = placed.filter(([path, control]) => {
      if (control === 'info') return false;
      if (
        control === 'rows' ||
        control === 'sections' ||
        control === 'attachment' ||
        control === 'checkbox'
      )
        return !objects.has(path);
      return !leaves.includes(path);
    });
    assert.deepEqual(unknown, []);
  });

  it('表示だけの欄（info）は、データ項目を持たない（項目のまとまりに置くか、schema の外）', () => {
    const info = placed.filter(([, control]) => control === 'info').map(([path]) => path);
    const holdingData = info.filter(
      (path) => !objects.has(path) && leaves.some((l) => l === path || l.startsWith(`${path}.`)),
    );
    assert.deepEqual(holdingData, []);
  });

  it('どのデータも、ちょうど1つの質問で尋ねる（2つの質問が同じ値を書かない）', () => {
    assert.deepEqual(checkDefinition(module.definition, leaves), []);
  });

  it('「前年度の申請から作成」で扱うパスは、schema のデータを指す', () => {
    const { fiscalYearPaths, clearPaths } = module.nextFiscalYear;
    assert.ok(fiscalYearPaths.length > 0);
    const known = new Set([...leaves, ...objects]);
    const unknown = [...fiscalYearPaths, ...clearPaths].filter(
      (path) => !known.has(path.replaceAll('*', '0')),
    );
    assert.deepEqual(unknown, []);
  });
}

function wordingChecks(module: FormModule): void {
  const steps = module.definition.steps;

  it('手順の id は重複せず、はじめにで始まり、算定結果があり、確認・完了で終わる', () => {
    const ids = steps.map((step) => step.id);
    assert.equal(new Set(ids).size, ids.length);
    const kinds = steps.map((step) => step.kind ?? 'form');
    assert.equal(kinds[0], 'intro');
    assert.deepEqual(kinds.slice(-2), ['review', 'done']);
    assert.equal(kinds.filter((kind) => kind === 'amounts').length, 1);
  });

  it('ラベルとヒントに英語の語が紛れていない', () => {
    const texts = steps.flatMap((step) => [
      step.title,
      ...(step.description ?? []),
      ...flatFields(step.fields).flatMap((field) => [
        field.label,
        field.hint ?? '',
        field.note ?? '',
        ...(field.options ?? []).map((option) => option.label),
      ]),
    ]);
    // Format examples may hold an email address, PDF/JPEG/PNG and 西暦 dates; nothing else in Latin letters.
    const latin = texts.flatMap(
      (text) => text.replace(/[\w.]+@[\w.]+|PDF|JPEG|PNG/g, '').match(/[A-Za-z]{2,}/g) ?? [],
    );
    assert.deepEqual(latin, []);
  });

  it('日付・金額・年度・小数の欄は、ヒントに書式の例（例：）を示す', () => {
    const formatted = allFieldsOf(module).filter((field) =>
      ['date', 'yen', 'fiscal-year', 'decimal'].includes(field.control),
    );
    assert.ok(formatted.length > 0);
    for (const field of formatted) assert.match(field.hint ?? '', /例：/, field.path);
  });
}

/** The domain code a refinement put on a zod issue ('dispatch.notFirstYear'). */
const domainCode = (issue: z.core.$ZodIssue): unknown =>
  issue.code === 'custom' ? issue.params?.code : undefined;

function exampleChecks(
  entry: FormEntry,
  module: FormModule,
  contract: FormContract,
  examples: LoadedExamples,
): void {
  it('例は正しいもの3件以上・誤りのあるもの3件以上で、フォルダーのファイルはすべて載っている', () => {
    assert.ok(examples.valid.length >= 3);
    assert.ok(examples.invalid.length >= 3);
    const listed = [...examples.valid, ...examples.invalid].map((e) => e.file).sort();
    assert.deepEqual(listed, examples.files);
  });

  for (const { file, data } of examples.valid) {
    it(`${file}: schema を通り、対象外の指摘がなく、措置額が出る`, () => {
      const result = contract.validator.safeParse(data);
      assert.deepEqual(result.error?.issues ?? [], []);
      const amounts = contract.calculate(data) as ClaimResult;
      assert.deepEqual(amounts.issues, []);
      assert.ok(amounts.totals.yen > 0);
    });

    it(`${file}: 最初から完了まで進み、送信データが schema を通る`, () => {
      const { session, reached, result } = walk(module.definition, data);
      assert.equal(result.ok, true, JSON.stringify(result.issues));
      assert.equal(reached.at(-1), module.definition.steps.at(-1)?.id);
      const payload = session.submitPayload();
      assert.equal(contract.validator.safeParse(payload.data).success, true);
      assert.equal(payload.formId, entry.id);
      assert.equal(payload.schemaVersion, contract.schemaVersion);
      assert.ok(payload.amounts && payload.amounts.totals.yen > 0);
    });
  }

  for (const { file, data, expected } of examples.invalid) {
    it(`${file}: schema と算定が ${expected.path} で ${expected.code} として退ける`, () => {
      const result = contract.validator.safeParse(data);
      assert.equal(result.success, false);
      const found = result.error?.issues.find(
        (issue) => issue.path.join('.') === expected.path && domainCode(issue) === expected.code,
      );
      assert.ok(found, JSON.stringify(result.error?.issues, null, 1));
      const amounts = contract.calculate(data) as ClaimResult;
      assert.ok(amounts.issues.some((i) => i.path === expected.path && i.code === expected.code));
    });

    it(`${file}: 手順「${expected.step}」で止まり、その欄に理由を示す`, () => {
      const { session, result } = walk(module.definition, data);
      assert.equal(result.ok, false);
      assert.equal(session.step.id, expected.step);
      const shown = session.shownIssuesByPath()[expected.path] ?? [];
      assert.ok(
        shown.some((issue) => expected.message.test(issue.message)),
        JSON.stringify(result.issues),
      );
    });
  }
}

function draftChecks(module: FormModule, contract: FormContract, examples: LoadedExamples): void {
  const empty = createSession(module.definition);

  it('空の下書きにも題名があり、データは schema をまだ通らない', () => {
    assert.notEqual(empty.draftTitle(), '');
    assert.equal(contract.validator.safeParse(empty.data).success, false);
  });

  it('空の下書きで最初の入力の手順から進むと、入力していない欄ごとに誤りが出る（親の項目にまとめない）', () => {
    const session = createSession(module.definition);
    session.next(); // はじめに
    const step = session.step;
    const result = session.next();
    assert.equal(result.ok, false);
    const asked = new Set(fieldPaths(step.fields).map(([path]) => path));
    const paths = result.issues.map((issue) => issue.path);
    assert.ok(paths.length > 0);
    for (const path of paths) assert.ok(asked.has(path), `${path} is asked on 「${step.title}」`);
  });

  it('例の下書きの題名は、空の下書きと違い、対象年度を和暦で示す', () => {
    const [fiscalYearPath] = module.nextFiscalYear.fiscalYearPaths;
    assert.ok(fiscalYearPath);
    for (const { file, data } of examples.valid) {
      const title = createSession(module.definition, { data }).draftTitle();
      assert.notEqual(title, empty.draftTitle(), file);
      const fiscalYear = getAt(data, fiscalYearPath);
      assert.equal(typeof fiscalYear, 'number', file);
      assert.ok(title.includes(formatFiscalYear(fiscalYear as number)), `${file}: ${title}`);
    }
  });
}

function pdfChecks(module: FormModule, contract: FormContract, examples: LoadedExamples): void {
  for (const { file, data } of examples.valid) {
    describe(file, async () => {
      const pdf = await examplePdf(module, data);
      const text = pdfText(pdf.bytes);
      const amounts = contract.calculate(data) as ClaimResult;

      it('qpdf --check を通る', () => {
        withPdfFile(pdf.bytes, (path) => execFileSync('qpdf', ['--check', path]));
      });

      it('埋め込んだデータを読み戻すと、送信したデータと同じで schema を通る', async () => {
        const embedded = await readPdfData(pdf.bytes);
        assert.equal(embedded.formId, contract.id);
        assert.equal(embedded.schemaVersion, contract.schemaVersion);
        assert.equal(contract.validator.safeParse(embedded.data).success, true);
        const sent = createSession(module.definition, { data }).submitPayload().data;
        assert.deepEqual(embedded.data, sent);
      });

      it('算定調書に各行の算定額と合計（円・千円）が載る', () => {
        assert.ok(amounts.lines.length > 0);
        for (const line of amounts.lines)
          assert.ok(text.includes(formatYen(line.amount)), line.label);
        assert.ok(text.includes(formatYen(amounts.totals.yen)));
        assert.ok(text.includes(formatThousandYen(amounts.totals.yen)));
        assert.match(text, /算定調書/);
      });

      it('担当者の欄に担当者の氏名が載る', () => {
        const name = getAt(data, 'contact.name');
        assert.equal(typeof name, 'string');
        assert.match(text, /担当者/);
        assert.match(text, loose((name as string).replace(/\s/g, '')));
      });
    });
  }

  it('添付ファイルは申請書の後ろに結合される', async () => {
    const first = examples.valid[0];
    assert.ok(first);
    const plain = await examplePdf(module, first.data);
    const withAttachment = await examplePdf(module, first.data, [
      { name: '添付.pdf', bytes: plain.bytes },
    ]);
    assert.ok(withAttachment.totalPages > plain.totalPages);
    assert.equal(withAttachment.formPages, plain.formPages);
  });
}
