import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import {
  buildPdf,
  dataHash,
  MissingGlyphsError,
  PdfDataError,
  type PdfDocumentSpec,
  type PdfFonts,
  readPdfData,
} from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import { pageText, pdfInfo, qpdfCheck, wordBoxes } from './pdf-tools.ts';
import { GENERATED_AT, sampleSpec, tenRowTable } from './sample-spec.ts';

let fonts: PdfFonts;
before(async () => {
  fonts = await loadNodeFonts();
});

const build = (spec: PdfDocumentSpec) => buildPdf(spec, fonts, { generatedAt: GENERATED_AT });

/** The sample without its amounts and box: 40 fields and a 10-row table. */
const twoPageSpec = (): PdfDocumentSpec => {
  const spec = sampleSpec();
  return { ...spec, blocks: spec.blocks.filter((b) => b.kind !== 'amounts' && b.kind !== 'box') };
};

describe('PDF の作成', () => {
  it('qpdf --check で構造の誤りがない', async () => {
    const { bytes } = await build(sampleSpec());
    const check = qpdfCheck(bytes);
    assert.ok(check.ok, check.output);
    assert.match(check.output, /No syntax or stream encoding errors found/);
  });

  it('40項目と10行の表の2ページの文書は 120 KB を大きく下回る', async () => {
    const started = performance.now();
    const pdf = await build(twoPageSpec());
    const ms = Math.round(performance.now() - started);
    assert.equal(pdf.formPages, 2);
    assert.ok(pdf.bytes.length < 100_000, `${pdf.bytes.length} bytes`);
    console.log(`# 2 pages, 40 fields, 10 rows: ${pdf.bytes.length} bytes, ${ms} ms`);
  });

  it('各ページの下に日本語で、様式名・作成日時（日本時間）・データ照合値と「n / 全ページ数」が入る', async () => {
    const spec = sampleSpec();
    const pdf = await build(spec);
    const hash = await dataHash(spec.data);
    assert.equal(pdf.dataHash, hash);
    assert.match(hash, /^[0-9a-f]{8}$/);
    for (let page = 1; page <= pdf.totalPages; page++) {
      const text = pageText(pdf.bytes, page);
      assert.match(text, new RegExp(`${page}\\s*/\\s*${pdf.totalPages}\\s*$`, 'm'));
      assert.match(
        text,
        new RegExp(
          `サンプル事業に係る申請書\\s+作成 2026年4月1日 9:30（日本時間）\\s+データ照合値 ${hash}`,
        ),
      );
      assert.doesNotMatch(text, /sample-form|JST/);
    }
  });

  it('文書情報（タイトル・作成者＝団体名・サブタイトル・作成ツール・言語）が入る', async () => {
    const { bytes } = await build(sampleSpec());
    const info = pdfInfo(bytes);
    assert.equal(info.Title, 'サンプル事業に係る申請書');
    assert.equal(info.Author, '山川町');
    assert.equal(info.Subject, 'サンプル事業に係る申請');
    assert.equal(info.Creator, 'Koiki Forms');
    assert.match(info.Producer ?? '', /Koiki Forms/);
    assert.match(info.CreationDate ?? '', /^2026-04-01T00:30:00/);
    const doc = await PDFDocument.load(bytes);
    assert.equal(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'ja-JP');
  });

  it('入力データが PDF に埋め込まれ、readPdfData で元どおりに読み戻せる', async () => {
    const spec = sampleSpec();
    const { bytes } = await build(spec);
    assert.deepEqual(await readPdfData(bytes), {
      formId: 'sample-form',
      schemaVersion: 3,
      data: spec.data,
    });
  });

  it('60行の表はページをまたいで続き、各ページに見出し行が繰り返される', async () => {
    const spec: PdfDocumentSpec = { ...sampleSpec(), blocks: [tenRowTable(60)] };
    const pdf = await build(spec);
    assert.ok(pdf.formPages >= 2, `${pdf.formPages} pages`);
    const seen: number[] = [];
    for (let page = 1; page <= pdf.formPages; page++) {
      const lines = pageText(pdf.bytes, page).split('\n');
      const header = lines.findIndex((l) => /No\.\s+団体名\s+区分\s+金額（円）/.test(l));
      assert.ok(header >= 0, `page ${page} has no table header`);
      const rows = lines
        .slice(header + 1)
        .map((l) => l.match(/^\s*(\d+)\s+\S+\s+(人件費|委託料)\s+[\d,]+\s*$/));
      for (const row of rows) if (row) seen.push(Number(row[1]));
    }
    assert.deepEqual(
      seen,
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
  });

  it('項目の表の下の注記（出典）は、表の最後の行と同じページに載り、1ページに取り残されない', async () => {
    // Every row count from 20 to 60 puts the end of the table somewhere else on the page, so one
    // of them ends it just where the note no longer fits below it.
    for (let count = 20; count <= 60; count++) {
      const rows = Array.from({ length: count }, (_, i) => ({
        label: `項目${i + 1}`,
        value: `値${i + 1}`,
      }));
      const note = '出典：総務省 自治行政局 通知「注記のページ送りの確認」（令和7年1月23日付け）';
      const spec: PdfDocumentSpec = {
        ...sampleSpec(),
        blocks: [{ kind: 'section', title: '算定に用いた値', rows, note }],
      };
      const pdf = await build(spec);
      const pages = Array.from({ length: pdf.formPages }, (_, i) =>
        pageText(pdf.bytes, i + 1).replace(/\s+/g, ''),
      );
      const notePage = pages.findIndex((text) => text.includes('出典：総務省'));
      assert.ok(notePage >= 0, `${count} rows: the note is printed`);
      assert.ok(
        pages[notePage]!.includes(`項目${count}値${count}`),
        `${count} rows: the last row is on the note's page ${notePage + 1}`,
      );
    }
  });

  it('表の見出し（計算式など）は、折り返して何行にもなる最初の行と同じページに載り、ページの最後に取り残されない', async () => {
    // Filler paragraphs move the titled section down the page line by line; its first row wraps
    // to about six lines, more than a heading used to keep room for.
    const long =
      '人件費 6,800,000円 − 負担金 800,000円 = 6,000,000円 × 0.5 = 3,000,000円（上限 6,000,000円以内）。'.repeat(
        3,
      );
    for (let filler = 20; filler <= 60; filler++) {
      const spec: PdfDocumentSpec = {
        ...sampleSpec(),
        blocks: [
          ...Array.from({ length: filler }, (_, i) => ({
            kind: 'paragraph' as const,
            text: `段落${i + 1}`,
          })),
          { kind: 'section', title: '計算式の確認', rows: [{ label: '人件費', value: long }] },
        ],
      };
      const pdf = await build(spec);
      const pages = Array.from({ length: pdf.formPages }, (_, i) =>
        pageText(pdf.bytes, i + 1).replace(/\s+/g, ''),
      );
      const titlePage = pages.findIndex((text) => text.includes('計算式の確認'));
      assert.ok(titlePage >= 0, `${filler}: the title is printed`);
      assert.ok(
        pages[titlePage]!.includes('人件費6,800,000円'),
        `${filler}: the first row starts on the title's page ${titlePage + 1}`,
      );
    }
  });

  it('金額は桁区切りつきで右揃えになる', async () => {
    const { bytes } = await build(sampleSpec());
    const amounts = wordBoxes(bytes).filter((w) => /^\d{1,3}(,\d{3})+円?$/.test(w.text));
    assert.ok(amounts.some((w) => w.text === '8,543,000円'));
    const tableRight = amounts.filter((w) => w.text.startsWith('1,') || w.text.startsWith('2,'));
    const rightEdges = new Set(tableRight.map((w) => Math.round(w.xMax)));
    assert.equal(rightEdges.size, 1, [...rightEdges].join(', '));
  });

  it('枠に収まらない文章は文字を小さくして収め、それでも無理なら枠を広げて一字も落とさない', async () => {
    const sentence = '事業の内容を記入します。';
    const box = (repeat: number): PdfDocumentSpec => ({
      ...sampleSpec(),
      sender: [],
      blocks: [
        {
          kind: 'box',
          label: '事業の概要',
          heightMm: 20,
          text: `${sentence.repeat(repeat)}最後の一文。`,
        },
      ],
    });
    const small = await build(box(20));
    assert.deepEqual(small.warnings, []);
    const fitted = wordBoxes(small.bytes).filter((w) => w.text.includes('事業の内容'));
    const height = (w: { yMin: number; yMax: number }) => w.yMax - w.yMin;
    assert.ok(
      fitted.every((w) => height(w) < 9.5),
      'shrunk below the 10 pt body size',
    );

    const huge = await build(box(200));
    assert.equal(huge.warnings.length, 1);
    assert.match(huge.warnings[0] ?? '', /事業の概要/);
    assert.match(pageText(huge.bytes, huge.formPages), /最後の一文。/);
  });

  it('フォントにない文字（𠮷）があると、空白の四角を印字せずに項目と代わりの字を示して止まる', async () => {
    const spec = sampleSpec();
    spec.sender = [{ text: '山川町長　𠮷田 太郎', path: 'applicant.head' }];
    await assert.rejects(build(spec), (error: unknown) => {
      assert.ok(error instanceof MissingGlyphsError);
      assert.deepEqual(error.missing, [{ path: 'applicant.head', char: '𠮷', suggestion: '吉' }]);
      assert.match(error.message, /applicant\.head: 「𠮷」 → 「吉」に置き換えてください/);
      return true;
    });
  });
});

describe('readPdfData のエラー', () => {
  const problem = async (bytes: Uint8Array) => {
    try {
      await readPdfData(bytes);
    } catch (error) {
      assert.ok(error instanceof PdfDataError);
      assert.match(error.message, /PDF/);
      return error.problem;
    }
    throw new Error('readPdfData did not fail');
  };

  it('PDF でないファイルは「PDF ではありません」', async () => {
    assert.equal(await problem(new TextEncoder().encode('{"formId":"x"}')), 'not-pdf');
  });

  it('データの入っていない PDF は「入力データが含まれていません」', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    assert.equal(await problem(await doc.save()), 'no-data');
  });

  it('壊れたデータの入った PDF は「壊れている」', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode('{ not json'), 'koiki-data.json');
    assert.equal(await problem(await doc.save()), 'corrupt');
  });
});

describe('@koiki/pdf の作り', () => {
  const src = new URL('../../packages/pdf/src/', import.meta.url);
  const read = (file: string) => readFileSync(new URL(file, src), 'utf8');
  const staticImports = (file: string) =>
    [...read(file).matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms)].map(
      (m) => m[1] ?? '',
    );

  it('入口（index.ts）から静的に読み込むモジュールは pdf-lib も fontkit も読み込まない', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of staticImports(file)) {
        assert.ok(target.startsWith('./'), `${file} imports ${target} at load time`);
        visit(target.slice(2));
      }
    };
    visit('index.ts');
    assert.ok(seen.size > 3);
  });

  it('DOM を使わず、様式の ID も含まない', () => {
    for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
      const code = read(file);
      assert.doesNotMatch(code, /\b(document|window)\./, file);
      assert.doesNotMatch(code, /specialist-dispatch|consolidation-claim/, file);
    }
  });
});
