// The 申請書 as a 公文書, for every valid example of every form: page 1 is the 鑑 in the order a
// Japanese official letter has it, nothing on paper names the product, voices doubts or shows a
// Latin form id, and free text comes back exactly as typed in the stored data, on the review
// page and in the PDF.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createSession, type FormDefinition, type FormSession } from '@koiki/engine';
import { formRegistry } from '@koiki/forms';
import { type BuiltPdf, buildPdf, MissingGlyphsError, type PdfAttachment } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { formatWareki, loadDantaiList, textOnLeave } from '@koiki/schemas';
import { consolidationClaim } from '../../forms/consolidation-claim/index.ts';
import type { FormModule } from '../../forms/form-module.ts';
import { specialistDispatch } from '../../forms/specialist-dispatch/index.ts';
import { reviewSections } from '../../packages/assistant/src/runner/review-sections.ts';
import { firstPageAsImage, pageText } from '../pdf/pdf-tools.ts';
import { examplesFolder, readExample } from './form-examples.ts';

const TODAY = '2026-11-20';
const GENERATED_AT = new Date('2026-11-20T01:00:00Z');

// The head of each example's 団体, written out by hand: 団体名 + 知事 / 市長 / 町長 / 村長.
const headOffice: Record<string, string> = {
  '290009': '奈良県知事',
  '294501': '下北山村長',
  '390003': '高知県知事',
  '393631': '土佐町長',
  '422053': '大村市長',
  '050008': '秋田県知事',
  '420000': '長崎県知事',
  '200000': '長野県知事',
  '203238': '御代田町長',
  '204072': '阿智村長',
};

interface Applicant {
  dantaiCode: string;
  headName: string;
  documentNumber: string;
  applicationDate?: string;
  sealNote?: string;
}

interface Case {
  form: string;
  file: string;
  // biome-ignore lint/suspicious/noExplicitAny: each form's module is typed by its own data
  module: FormModule<any>;
  data: { applicant: Applicant };
}

/** The valid examples of one form (every file without 「invalid」 in its name). */
// biome-ignore lint/suspicious/noExplicitAny: example data is read from JSON
function validExamples(formId: string): { file: string; data: any }[] {
  return readdirSync(examplesFolder(formId))
    .filter((file) => file.endsWith('.json') && !file.includes('invalid'))
    .sort()
    .map((file) => ({ file, data: readExample(formId, file) }));
}

const dispatchExamples = validExamples('specialist-dispatch');
const consolidationExamples = validExamples('consolidation-claim');

/** Every valid example of every registered form (a new form is checked without an edit here). */
async function registeredCases(): Promise<Case[]> {
  const perForm = await Promise.all(
    formRegistry.map(async (entry) => {
      const module = await entry.load();
      await module.prepare?.();
      return validExamples(entry.id).map((e) => ({
        form: entry.id,
        file: e.file,
        module,
        data: e.data,
      }));
    }),
  );
  return perForm.flat();
}

const cases = await registeredCases();
const formIdPattern = new RegExp(formRegistry.map((entry) => entry.id).join('|'));

async function pdfOf(
  module: Case['module'],
  data: unknown,
  attachments: PdfAttachment[] = [],
): Promise<BuiltPdf> {
  const payload = createSession(module.definition, { data }).submitPayload();
  const spec = await module.pdfDocument({ payload, submitDate: TODAY, attachments });
  return buildPdf(spec, await loadNodeFonts(), { generatedAt: GENERATED_AT });
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Asserts that `needles` appear in `text` in this order (white space ignored). */
function assertInOrder(text: string, needles: string[]): void {
  const haystack = compact(text);
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(compact(needle), from);
    assert.ok(at >= 0, `「${needle}」 is missing after position ${from}:\n${text}`);
    from = at + compact(needle).length;
  }
}

describe('申請書の鑑（1ページ目）', () => {
  for (const { form, file, module, data } of cases) {
    describe(`${form}/${file}`, async () => {
      const pdf = await pdfOf(module, data);
      const pages = Array.from({ length: pdf.formPages }, (_, i) => pageText(pdf.bytes, i + 1));
      const { applicant } = data;

      it('文書番号・和暦の申請日・「殿」・首長の職名と氏名・「記」・「以上」がこの順に載る', () => {
        const office = headOffice[applicant.dantaiCode];
        assert.ok(office, applicant.dantaiCode);
        assertInOrder(pages[0] ?? '', [
          applicant.documentNumber,
          formatWareki(applicant.applicationDate ?? TODAY),
          '殿',
          `${office}　${applicant.headName}`,
          '記',
          '以上',
        ]);
        assert.match(pages[0] ?? '', /令和\d+年\d+月\d+日/);
      });

      it('公印の表示は設定のとおり（なければ載せない）', () => {
        const page = pages[0] ?? '';
        if (applicant.sealNote) assert.match(page, new RegExp(`（${applicant.sealNote}）`));
        else assert.doesNotMatch(page, /公印省略|押印不要/);
      });

      it('担当者（所属・氏名・電話・メール）は「以上」の後、ページの右下に載る', () => {
        const page = pages[0] ?? '';
        assertInOrder(page, ['以上', '担当所属', '担当者', '電話', 'メール']);
      });

      it('2ページ目からが別紙の算定調書', () => {
        assert.match(pages[1] ?? '', /^\s*別紙\s+算定調書/);
      });

      it('どのページにも製品名・資料への疑問・英字の様式IDがない', () => {
        for (const [index, page] of pages.entries()) {
          assert.doesNotMatch(page, /Koiki|明記|既定値/i, `page ${index + 1}`);
          assert.doesNotMatch(page, formIdPattern, `page ${index + 1}`);
        }
      });

      it('鑑と最後のページ以外に、ほとんど空のページがない', () => {
        for (const [index, page] of pages.entries()) {
          if (index === 0 || index === pages.length - 1) continue;
          const lines = page.split('\n').filter((line) => line.trim() !== '');
          assert.ok(lines.length >= 25, `page ${index + 1} has ${lines.length} lines`);
        }
      });
    });
  }
});

describe('自由記述は入力したとおりに保存・表示・印字される', () => {
  const typed = '奈良県と川上村との連携協約（専門人材の派遣）『第２版』　対象面積１２０㎡';

  it('協約名：保存データ・確認画面・PDF の文字が入力と同じ', async () => {
    const example = dispatchExamples.find((e) => e.file === 'prefecture-three-people.json');
    assert.ok(example);
    // What the text field keeps when the user leaves it (its own browser test types it).
    const kept = textOnLeave(` ${typed} `);
    assert.equal(kept, typed);

    // The runner holds every form's session untyped, as the review page gets it.
    const session: FormSession<unknown> = createSession(
      specialistDispatch.definition as FormDefinition<unknown>,
      { data: structuredClone(example.data) },
    );
    session.set('agreements.0.name', kept);
    const stored = JSON.parse(JSON.stringify(session.snapshot()));
    assert.equal(stored.data.agreements[0].name, typed);

    const review = reviewSections(session, await loadDantaiList()).flatMap((s) => s.items);
    assert.equal(review.find((item) => item.path === 'agreements.0.name')?.value, typed);

    const pdf = await pdfOf(specialistDispatch, stored.data);
    const text = Array.from({ length: pdf.formPages }, (_, i) => pageText(pdf.bytes, i + 1)).join(
      '\n',
    );
    // pdftotext -layout turns the 全角 space into a space run: compare every other character.
    assert.ok(compact(text).includes(compact(typed)), text);
    assert.match(text, /（専門人材の派遣）『第２版』/);
    assert.match(text, /１２０㎡/);
    assert.match(text, /『第２版』\s+対象面積/);
  });
});

describe('添付書類は1回だけ載る', () => {
  const example = dispatchExamples.find((e) => e.file === 'prefecture-three-people.json');
  const names = ['連携協約書（川上村）.pdf', '派遣に関する覚書.pdf', '経費内訳_令和8年度.pdf'];
  const count = (text: string, name: string) => compact(text).split(compact(name)).length - 1;

  it('ファイルを結合しないときは鑑の記書きに、種類と名前を1回ずつ', async () => {
    assert.ok(example);
    const pdf = await pdfOf(specialistDispatch, example.data);
    const text = Array.from({ length: pdf.totalPages }, (_, i) => pageText(pdf.bytes, i + 1)).join(
      '',
    );
    for (const name of names) assert.equal(count(text, name), 1, name);
    assert.match(pageText(pdf.bytes, 1), /協約書の写し（連携協約書（川上村）\.pdf）/);
  });

  it('ファイルを結合したときは鑑が添付書類一覧を指し、一覧に種類と名前を1回ずつ', async () => {
    assert.ok(example);
    const image = firstPageAsImage((await pdfOf(specialistDispatch, example.data)).bytes, 'png');
    const files = names.map((name) => ({ name, bytes: image }));
    const pdf = await pdfOf(specialistDispatch, example.data, files);
    const formText = Array.from({ length: pdf.formPages }, (_, i) =>
      pageText(pdf.bytes, i + 1),
    ).join('');
    assert.match(pageText(pdf.bytes, 1), /別添「添付書類一覧」のとおり（3件）/);
    const index = pageText(pdf.bytes, pdf.formPages + 1);
    assert.match(index, /添付書類一覧/);
    assert.match(index, /協約書の写し/);
    for (const name of names) {
      assert.equal(count(formText, name), 0, `${name} on the form pages`);
      assert.equal(count(index, name), 1, `${name} in the index`);
    }
  });
});

describe('決まった語は表の中で折り返さない', () => {
  it('派遣形態「自治法派遣以外」と派遣期間の日付は1行に収まる', async () => {
    const example = dispatchExamples.find((e) => e.file === 'prefecture-three-people.json');
    assert.ok(example);
    const pdf = await pdfOf(specialistDispatch, example.data);
    const text = Array.from({ length: pdf.formPages }, (_, i) => pageText(pdf.bytes, i + 1)).join(
      '',
    );
    assert.equal(text.match(/自治法派遣以外/g)?.length, 3);
    assert.match(text, /令和8年4月1日～/);
    assert.match(text, /令和10年3月31日/);
  });
});

describe('フォントにない文字は鑑でも項目を示して止まる', () => {
  it('首長の氏名に「𠮷」があると PDF を作らず、applicant.headName と「吉」を示す', async () => {
    const example = consolidationExamples[0];
    assert.ok(example);
    const data = structuredClone(example.data);
    data.applicant.headName = '𠮷田 太郎';
    await assert.rejects(pdfOf(consolidationClaim, data), (error: unknown) => {
      assert.ok(error instanceof MissingGlyphsError);
      assert.deepEqual(error.missing, [
        { path: 'applicant.headName', char: '𠮷', suggestion: '吉' },
      ]);
      return true;
    });
  });
});
