// The shortcut to a PDF's embedded data gives what the full read gives, for our PDFs, and steps
// aside (undefined: the PDF is then read fully) for anything else.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { readPdfDataAndDate } from '@koiki/pdf';
import { isRefusedFile, readClaimFile } from '@koiki/rollup';
import { PDFDocument } from 'pdf-lib';
import { pdfDataShortcut } from '../../packages/rollup/src/pdf-data-shortcut.ts';
import { claimPdf, exampleClaim } from './support/example-claims.ts';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/v1/${name}`, import.meta.url)));

async function sameAsFullRead(bytes: Uint8Array) {
  const quick = await pdfDataShortcut(bytes);
  assert.ok(quick, 'the shortcut finds the data');
  const full = await readPdfDataAndDate(bytes);
  assert.deepEqual(
    { formId: quick.formId, schemaVersion: quick.schemaVersion, data: quick.data },
    { ...full.embedded, schemaVersion: Number(full.embedded.schemaVersion) },
  );
  assert.equal(quick.createdAt, full.createdAt?.toISOString());
}

describe('PDF の入力データを速く読む近道', () => {
  it('いま作る PDF から、全体を読んだときと同じデータと作成日時を得る', async () => {
    const tosa = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    await sameAsFullRead(await claimPdf(tosa, new Date('2026-12-02T03:04:05Z')));
  });

  it('旧版で作った PDF からも同じものを得る', async () => {
    await sameAsFullRead(await fixture('specialist-dispatch.v1.pdf'));
  });

  it('入力データを2つ持つ PDF（書き足されたもの）は全体を読む側に任せる', async () => {
    const doc = await PDFDocument.load(await fixture('specialist-dispatch.v1.pdf'));
    await doc.attach(new TextEncoder().encode('{}'), 'other.json', {
      mimeType: 'application/json',
    });
    assert.equal(await pdfDataShortcut(await doc.save()), undefined);
  });

  it('途中で切れた PDF、データのない PDF、壊れた圧縮データは全体を読む側に任せる', async () => {
    const real = await fixture('specialist-dispatch.v1.pdf');
    const marker = new TextDecoder('latin1').decode(real).indexOf('/Type /EmbeddedFile');
    assert.ok(marker > 0);
    assert.equal(await pdfDataShortcut(real.subarray(0, marker + 400)), undefined);
    const blank = await PDFDocument.create();
    blank.addPage();
    assert.equal(await pdfDataShortcut(await blank.save()), undefined);
    const garbled = real.slice();
    const streamAt = new TextDecoder('latin1').decode(real).indexOf('stream', marker) + 8;
    garbled.fill(0x41, streamAt, streamAt + 40);
    assert.equal(await pdfDataShortcut(garbled), undefined);
  });

  it('展開すると巨大になるデータ（Flate 爆弾）は上限で止めて近道をやめる', async () => {
    const bomb = deflateSync(new Uint8Array(20 * 1024 * 1024).fill(0x20));
    const head = `%PDF-1.7\n1 0 obj\n<<\n/Type /EmbeddedFile\n/Subtype /application#2Fjson\n/Filter /FlateDecode\n/Length ${bomb.length}\n>>\nstream\n`;
    const pdf = new Uint8Array([
      ...new TextEncoder().encode(head),
      ...bomb,
      ...new TextEncoder().encode('\nendstream\nendobj\n%%EOF\n'),
    ]);
    assert.equal(await pdfDataShortcut(pdf), undefined);
    const result = await readClaimFile('bomb.pdf', pdf);
    assert.ok(isRefusedFile(result));
  });
});
