import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import {
  AttachmentError,
  buildPdf,
  type PdfAttachment,
  type PdfDocumentSpec,
  type PdfFonts,
  readPdfData,
} from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import { encryptWithQpdf, firstPageAsImage, pageText, qpdfCheck, renderGray } from './pdf-tools.ts';
import { GENERATED_AT, sampleSpec } from './sample-spec.ts';

let fonts: PdfFonts;
before(async () => {
  fonts = await loadNodeFonts();
});

/** A PDF of `pages` pages, each saying "ATTACHED PAGE n", with a dark block. */
async function attachedPdf(
  pages: number,
  size: [number, number] = [595, 842],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(size);
    page.drawText(`ATTACHED PAGE ${n}`, { x: 40, y: size[1] - 60, size: 24, font });
    page.drawRectangle({
      x: 40,
      y: 40,
      width: size[0] - 80,
      height: size[1] / 2,
      color: rgb(0.1, 0.1, 0.1),
    });
  }
  return doc.save();
}

const withAttachments = (attachments: PdfAttachment[]): PdfDocumentSpec => ({
  ...sampleSpec(),
  blocks: [{ kind: 'paragraph', text: '添付書類のテスト' }],
  attachments,
});

const build = (spec: PdfDocumentSpec) => buildPdf(spec, fonts, { generatedAt: GENERATED_AT });

describe('添付書類', () => {
  it('PDF はページごと結合し、画像は1枚1ページに収め、先頭に一覧ページを付ける', async () => {
    const photo = firstPageAsImage(await attachedPdf(1, [400, 300]), 'jpeg');
    const drawing = firstPageAsImage(await attachedPdf(1, [300, 400]), 'png');
    const pdf = await build(
      withAttachments([
        { name: '協約書.pdf', bytes: await attachedPdf(2) },
        { name: '現地写真.jpg', bytes: photo },
        { name: '配置図.png', bytes: drawing },
      ]),
    );
    assert.equal(pdf.formPages, 1);
    // form 1 + index 1 + PDF 2 + images 2
    assert.equal(pdf.totalPages, 6);
    const index = pageText(pdf.bytes, 2);
    assert.match(index, /添付書類一覧/);
    assert.match(index, /1\s+協約書\.pdf\s+PDF\s+2\s+3–4/);
    assert.match(index, /2\s+現地写真\.jpg\s+JPEG\s+1\s+5/);
    assert.match(index, /3\s+配置図\.png\s+PNG\s+1\s+6/);
    assert.match(pageText(pdf.bytes, 3), /ATTACHED PAGE 1/);
    assert.match(pageText(pdf.bytes, 4), /ATTACHED PAGE 2/);
    assert.match(pageText(pdf.bytes, 5), /添付 2：現地写真\.jpg/);

    const pages = renderGray(pdf.bytes);
    // The landscape photo gets a landscape page; both images are drawn (dark pixels in the middle).
    assert.ok((pages[4]?.width ?? 0) > (pages[4]?.height ?? 0));
    for (const n of [4, 5]) {
      const page = pages[n];
      assert.ok(page);
      const middle =
        page.pixels[Math.floor(page.height * 0.6) * page.width + Math.floor(page.width / 2)] ?? 255;
      assert.ok(middle < 100, `page ${n + 1} has no image in the middle (${middle})`);
    }
    assert.ok(qpdfCheck(pdf.bytes).ok);
    assert.equal((await readPdfData(pdf.bytes)).formId, 'sample-form');
  });

  const failure = async (file: PdfAttachment) => {
    try {
      await build(withAttachments([{ name: 'ok.pdf', bytes: await attachedPdf(1) }, file]));
    } catch (error) {
      assert.ok(error instanceof AttachmentError, String(error));
      assert.equal(error.fileName, file.name);
      assert.ok(error.message.includes(`「${file.name}」`), error.message);
      return error.problem;
    }
    throw new Error('buildPdf did not fail');
  };

  it('パスワード付きの PDF は、ファイル名を挙げて「保護を解除して」と伝える', async () => {
    const locked = encryptWithQpdf(await attachedPdf(1));
    assert.equal(await failure({ name: '見積書.pdf', bytes: locked }), 'encrypted');
  });

  it('壊れた PDF・画像は、ファイル名を挙げて「壊れている」と伝える', async () => {
    const truncated = (await attachedPdf(1)).slice(0, 300);
    assert.equal(await failure({ name: '途中まで.pdf', bytes: truncated }), 'corrupt');
    const brokenPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    assert.equal(await failure({ name: '写真.png', bytes: brokenPng }), 'corrupt');
  });

  it('PDF・JPEG・PNG 以外は、ファイル名を挙げて「変換して」と伝える', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    assert.equal(await failure({ name: '報告書.docx', bytes: docx }), 'unsupported');
  });
});
