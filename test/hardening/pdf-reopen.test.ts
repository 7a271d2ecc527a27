// Reopening a PDF as a draft (readPdfData) given hostile files: each is refused with a
// PdfDataError whose message is Japanese, for the reason it was built to provoke, and nothing
// hostile reaches the caller. How fast is for the bench, not for a test here (a busy machine).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPdf, MAX_PDF_BYTES, PdfDataError, type PdfFonts, readPdfData } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { GENERATED_AT, sampleSpec } from '../pdf/sample-spec.ts';
import { prototypeIsClean } from './hostile-drafts.ts';
import {
  cyclicPageTreePdf,
  deeplyNestedPdf,
  hugePageCountPdf,
  inflatingDataPdf,
  pdfWithData,
} from './hostile-pdfs.ts';

const megabyte = 1024 * 1024;
const envelope = (data: string) =>
  `{"formId":"specialist-dispatch","schemaVersion":1,"data":${data}}`;

/** Reads `bytes`, expecting a refusal; returns the problem after checking the message. */
async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    const data = await readPdfData(bytes);
    assert.fail(`accepted: ${JSON.stringify(data).slice(0, 100)}`);
  } catch (error) {
    assert.ok(error instanceof PdfDataError, String(error));
    assert.match(error.message, /^(この PDF|このファイル|ファイルが)/);
    assert.match(error.message, /選んでください。$/);
    assert.ok(prototypeIsClean());
    return error.problem;
  }
}

let fonts: PdfFonts;
let ours: Uint8Array;
// pdf-lib writes a console warning for every broken object it skips; the tests break many.
const warn = console.warn;
before(async () => {
  fonts = await loadNodeFonts();
  ours = (await buildPdf(sampleSpec(), fonts, { generatedAt: GENERATED_AT })).bytes;
  console.warn = () => {};
});
after(() => {
  console.warn = warn;
});

describe('PDF から再開: 悪意のあるファイル・壊れたファイルは日本語で断る', () => {
  it('このツールで作った PDF からはデータがそのまま戻る（比較の基準）', async () => {
    const read = await readPdfData(ours);
    assert.deepEqual(read, { formId: 'sample-form', schemaVersion: 3, data: sampleSpec().data });
  });

  it('PDF でないファイル（文字、PNG、空）は「PDF ではありません」', async () => {
    for (const bytes of [
      new TextEncoder().encode('これは PDF ではありません'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      new Uint8Array(),
    ]) {
      assert.equal(await refusal(bytes), 'not-pdf');
    }
  });

  it('上限（100 MB）を超えるファイルは開かずに断る', async () => {
    assert.equal(MAX_PDF_BYTES, 100 * megabyte);
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    assert.equal(await refusal(big), 'too-large');
  });

  it('途中で切れた PDF は「壊れている」か「データがない」と伝える', async () => {
    for (const keep of [0.1, 0.5, 0.9]) {
      const problem = await refusal(ours.subarray(0, Math.floor(ours.length * keep)));
      assert.ok(['corrupt', 'no-data'].includes(problem), problem);
    }
  });

  it('データの入っていない PDF（他のソフトで作ったもの）は「入力データが含まれていません」', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    assert.equal(await refusal(await doc.save()), 'no-data');
  });

  it('10億ページを名乗る・ページツリーが循環する・10万段の入れ子の PDF もすぐに断る', async () => {
    for (const bytes of [hugePageCountPdf(), cyclicPageTreePdf(), deeplyNestedPdf()]) {
      assert.ok(['corrupt', 'no-data'].includes(await refusal(bytes)));
    }
  });

  it('埋め込みデータが JSON でない・形が違う・様式名が異常なら断る', async () => {
    for (const json of [
      'これは JSON ではない',
      '[]',
      'null',
      '{"formId":"specialist-dispatch"}',
      '{"formId":1,"schemaVersion":1,"data":{}}',
      `{"formId":"${'x'.repeat(megabyte)}","schemaVersion":1,"data":{}}`,
      '{"formId":"specialist-dispatch","schemaVersion":"abc","data":{}}',
      '{"formId":"specialist-dispatch","schemaVersion":0,"data":{}}',
      '{"formId":"<img src=x onerror=alert(1)>","schemaVersion":1,"data":{}}',
      '{"__proto__":{"formId":"specialist-dispatch","schemaVersion":1,"data":{}}}',
    ]) {
      assert.equal(await refusal(pdfWithData(json)), 'corrupt', json.slice(0, 60));
    }
  });

  it('埋め込みデータが10万段の入れ子なら、解析する前に断る', async () => {
    const deep = 100_000;
    assert.equal(
      await refusal(pdfWithData(envelope(`${'['.repeat(deep)}${']'.repeat(deep)}`))),
      'corrupt',
    );
  });

  it('展開すると 200 MB になる圧縮データ（Flate 爆弾）は 10 MB で展開をやめて断る', async () => {
    // Valid data followed by 200 MB of spaces: read whole, it would be accepted.
    const bomb = await inflatingDataPdf(200, envelope('{}'));
    assert.ok(bomb.length < megabyte, `the bomb itself is small: ${bomb.length}`);
    assert.equal(await refusal(bomb), 'corrupt');
  });

  it('埋め込みデータの __proto__・constructor は取り除かれ、Object.prototype は汚れない', async () => {
    const read = await readPdfData(
      pdfWithData(
        envelope(
          '{"a":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        ),
      ),
    );
    assert.deepEqual(read.data, { a: 1 });
    assert.equal(Object.getPrototypeOf(read.data), Object.prototype);
    assert.ok(prototypeIsClean());
  });

  it('このツールの PDF を1バイト書き換えたり切ったりしても、PdfDataError 以外の例外は出ない', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: ours.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (at, byte) => {
          const changed = ours.slice();
          changed[at] = byte;
          for (const bytes of [changed, ours.subarray(0, at)]) {
            try {
              await readPdfData(bytes);
            } catch (error) {
              assert.ok(error instanceof PdfDataError, String(error));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
