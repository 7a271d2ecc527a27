// Proves that every character prints: the text layer says where each character is
// (characters are spaced so each is its own word) and the rendered page must have ink there.
// A check on extracted text alone would pass even when the glyphs are blank.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { FormModule } from '@koiki/forms';
import { PDFDocument, rgb } from 'pdf-lib';
import { consolidationClaim } from '../../forms/consolidation-claim/index.ts';
import { specialistDispatch } from '../../forms/specialist-dispatch/index.ts';
import { fontkitForPdfLib } from '../../packages/pdf/src/fontkit-adapter.ts';
import { buildPdf, type PdfDocumentSpec, type PdfFonts } from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import { examplePdf } from '../forms/example-pdf.ts';
import { examplesFolder, readExample } from '../forms/form-examples.ts';
import { blankWords, wordBoxes } from './pdf-tools.ts';
import { GENERATED_AT, sampleSpec } from './sample-spec.ts';

const spaced = (text: string) => [...text].join(' ');

const minimal = (title: string, blocks: PdfDocumentSpec['blocks'] = []): PdfDocumentSpec => ({
  title,
  formId: 'ink-test',
  schemaVersion: 1,
  blocks,
  data: {},
  meta: { author: 'テスト町' },
});

let fonts: PdfFonts;
before(async () => {
  fonts = await loadNodeFonts();
});

/** Builds, and asserts that each test character is a word of the text layer and that none is blank. */
async function assertEveryCharacterInks(spec: PdfDocumentSpec, characters: string) {
  const { bytes } = await buildPdf(spec, fonts, { generatedAt: GENERATED_AT });
  const words = wordBoxes(bytes).map((w) => w.text);
  for (const char of characters)
    assert.ok(words.includes(char), `「${char}」 is not in the text layer`);
  assert.deepEqual(
    blankWords(bytes).map((w) => w.text),
    [],
  );
}

describe('すべての文字が実際に印字される', () => {
  it('1行だけの文書でも、全ての文字にインクがある', async () => {
    await assertEveryCharacterInks(minimal(spaced('申請書')), '申請書');
  });

  it('標準と太字を混ぜた文書でも、両方の太さの全ての文字にインクがある', async () => {
    const kana = 'あいうえおアイウエオゃっー';
    const kanji = '特別交付税措置額団体名連携協約';
    const marks = '、。「」（）円';
    const latin = 'AZaz09%';
    const all = kana + kanji + marks + latin;
    await assertEveryCharacterInks(
      minimal(spaced('見出し'), [
        { kind: 'heading', text: spaced(all) },
        { kind: 'paragraph', text: spaced(all) },
      ]),
      all,
    );
  });

  it('見本の文書（3ページ、表・金額・枠つき）に白く抜けた語がない', async () => {
    const { bytes } = await buildPdf(sampleSpec(), fonts, { generatedAt: GENERATED_AT });
    assert.ok(wordBoxes(bytes).length > 290); // amounts such as 「8,543,000円」 are one word each
    assert.deepEqual(
      blankWords(bytes).map((w) => w.text),
      [],
    );
  });

  const forms: [string, FormModule<never>][] = [
    ['specialist-dispatch', specialistDispatch as FormModule<never>],
    ['consolidation-claim', consolidationClaim as FormModule<never>],
  ];
  for (const [formId, module] of forms) {
    const files = readdirSync(examplesFolder(formId)).filter(
      (file) => file.endsWith('.json') && !file.includes('invalid'),
    );
    for (const file of files) {
      it(`${formId} の例 ${file}：鑑・別紙のどの語にもインクがある`, async () => {
        const { bytes } = await examplePdf(module, readExample(formId, file) as never);
        assert.ok(wordBoxes(bytes).length > 200);
        assert.deepEqual(
          blankWords(bytes).map((w) => w.text),
          [],
        );
      });
    }
  }

  it('検査は白で描いた（見えない）文字を見逃さない', async () => {
    // The failure this guards against: a glyph that extracts as text but draws nothing.
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitForPdfLib);
    const regular = await doc.embedFont(fonts.regular, { subset: true });
    // A second embedding of the one weight, as bold text is (drawn-bold.ts).
    const bold = await doc.embedFont(fonts.regular, { subset: true });
    const page = doc.addPage([300, 200]);
    page.drawText('あ い う', { x: 20, y: 150, size: 20, font: regular });
    page.drawText('え', { x: 20, y: 100, size: 20, font: regular, color: rgb(1, 1, 1) });
    page.drawText('お', { x: 60, y: 100, size: 20, font: bold, color: rgb(1, 1, 1) });
    page.drawText('か', { x: 100, y: 100, size: 20, font: bold });
    const bytes = await doc.save();
    assert.deepEqual(
      wordBoxes(bytes)
        .map((w) => w.text)
        .sort(),
      ['あ', 'い', 'う', 'え', 'お', 'か'].sort(),
    );
    assert.deepEqual(
      blankWords(bytes).map((w) => w.text),
      ['え', 'お'],
    );
  });
});
