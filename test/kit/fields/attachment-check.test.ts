import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { checkAttachment } from '../../../packages/kit/src/fields/attachment/check-attachment.ts';
import { formatFileSize } from '../../../packages/kit/src/fields/attachment/file-size.ts';
import { countPdfPages } from '../../../packages/kit/src/fields/attachment/pdf-page-count.ts';

const MB = 1024 * 1024;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

async function pdfWithPages(pages: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save({ useObjectStreams });
}

describe('添付ファイルの大きさの表示', () => {
  it('12.3 MB、512 KB、800 バイトと表示する', () => {
    assert.equal(formatFileSize(12.3 * MB), '12.3 MB');
    assert.equal(formatFileSize(10 * MB), '10 MB');
    assert.equal(formatFileSize(512 * 1024), '512 KB');
    assert.equal(formatFileSize(800), '800 バイト');
  });
});

describe('PDF のページ数', () => {
  it('圧縮されていないページツリーから数える', async () => {
    assert.equal(await countPdfPages(await pdfWithPages(3, false)), 3);
  });

  it('オブジェクトストリーム（PDF 1.5 以降の圧縮）の中からも数える', async () => {
    const bytes = await pdfWithPages(5, true);
    assert.ok(!/\/Type\s*\/Pages/.test(Buffer.from(bytes).toString('latin1')), '前提：平文にない');
    assert.equal(await countPdfPages(bytes), 5);
  });

  it('ページツリーが無い壊れたファイルでは /Type /Page を数える', async () => {
    const text = '%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type/Page >> endobj\n';
    assert.equal(await countPdfPages(new TextEncoder().encode(text)), 2);
  });

  it('読めない（別の方式で圧縮された）ものは分からない（null）と答える', async () => {
    const body = deflateSync(Buffer.from('<< /Type /Pages /Count 4 >>'));
    const head = `%PDF-1.7\n1 0 obj << /Type /ObjStm /Filter /LZWDecode /Length ${body.length} >>\nstream\n`;
    const bytes = Buffer.concat([
      Buffer.from(head, 'latin1'),
      body,
      Buffer.from('\nendstream endobj'),
    ]);
    assert.equal(await countPdfPages(bytes), null);
  });
});

describe('添付ファイルの確認', () => {
  it('10 MB を超えるファイルは大きさを示して断る', async () => {
    const file = new File([new Uint8Array(Math.round(12.3 * MB))], '見積書.pdf', {
      type: 'application/pdf',
    });
    const result = await checkAttachment(file, 10 * MB);
    assert.deepEqual(result, {
      ok: false,
      message: 'ファイルが大きすぎます（12.3 MB）。10 MB 以下にしてください。',
    });
  });

  it('PDF・JPEG・PNG 以外の種類は断る', async () => {
    const file = new File(['hello'], 'メモ.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const result = await checkAttachment(file, 10 * MB);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /「メモ.docx」は添付できません。PDF、JPEG、PNG/);
  });

  it('拡張子と種類が PDF でも中身が PDF でなければ断る', async () => {
    const file = new File(['<html></html>'], '偽物.pdf', { type: 'application/pdf' });
    const result = await checkAttachment(file, 10 * MB);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /「偽物.pdf」はPDFとして開けません/);
  });

  it('PNG と名乗る JPEG は断り、本物の PNG と JPEG は受け付ける', async () => {
    const lying = await checkAttachment(new File([jpeg], 'a.png', { type: 'image/png' }), MB);
    assert.equal(lying.ok, false);
    const realPng = await checkAttachment(new File([png], '図.png', { type: 'image/png' }), MB);
    assert.equal(realPng.ok && realPng.attachment.kind, 'png');
    assert.equal(realPng.ok && realPng.attachment.pages, undefined);
    const realJpeg = await checkAttachment(
      new File([jpeg], '写真.jpg', { type: 'image/jpeg' }),
      MB,
    );
    assert.equal(realJpeg.ok && realJpeg.attachment.kind, 'jpeg');
  });

  it('PDF は名前・大きさ・ページ数を持ち、ファイルそのものを Blob として保つ', async () => {
    const bytes = await pdfWithPages(2, true);
    const file = new File([bytes as BlobPart], '協約書.pdf', { type: 'application/pdf' });
    const result = await checkAttachment(file, 10 * MB);
    assert.ok(result.ok);
    assert.equal(result.attachment.name, '協約書.pdf');
    assert.equal(result.attachment.size, bytes.length);
    assert.equal(result.attachment.pages, 2);
    assert.equal(result.attachment.file, file);
  });

  it('空のファイルは断る', async () => {
    const result = await checkAttachment(new File([], '空.pdf', { type: 'application/pdf' }), MB);
    assert.equal(result.ok, false);
  });
});
