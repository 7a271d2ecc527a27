// Reading received files: our PDF, a submit payload, a draft file. Every broken, hostile or
// foreign file is refused with its own Japanese message; nothing throws.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { findFormEntry, formRegistry } from '@koiki/forms';
import { isRefusedFile, type ReceivedClaim, readClaimFile } from '@koiki/rollup';
import { PDFDocument } from 'pdf-lib';

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../fixtures/v1/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(JSON.stringify(value));

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readClaimFile(name, bytes);
  assert.ok(isRefusedFile(result), `${name} should be refused`);
  assert.equal(result.fileName, name);
  return result.message;
}

async function accepted(name: string, bytes: Uint8Array, lastModified?: number) {
  const result = await readClaimFile(
    name,
    bytes,
    lastModified === undefined ? {} : { lastModified },
  );
  assert.ok(!isRefusedFile(result), isRefusedFile(result) ? result.message : '');
  return result as ReceivedClaim;
}

describe('受け取ったファイルを読む', () => {
  it('このツールの PDF から埋め込みデータと作成日時を読む', async () => {
    const claim = await accepted('v1.pdf', await fixture('specialist-dispatch.v1.pdf'));
    assert.equal(claim.source, 'pdf');
    assert.equal(claim.formId, 'specialist-dispatch');
    assert.equal(claim.schemaVersion, 1);
    const made = await PDFDocument.load(await fixture('specialist-dispatch.v1.pdf'));
    assert.equal(claim.madeAt, made.getCreationDate()?.toISOString());
  });

  it('提出データ（JSON）は記載の額も持ち、日付はファイルの更新日時', async () => {
    const bytes = await fixture('specialist-dispatch.v1.payload.json');
    const claim = await accepted('payload.json', bytes, Date.UTC(2026, 10, 30));
    assert.equal(claim.source, 'payload');
    assert.equal(claim.id, 'payload.json');
    assert.ok(claim.statedAmounts);
    assert.equal(claim.madeAt, '2026-11-30T00:00:00.000Z');
  });

  it('下書きファイルを読み、日付は下書きの更新日時', async () => {
    const claim = await accepted(
      'draft.json',
      await fixture('specialist-dispatch.v1.koiki-draft.json'),
    );
    assert.equal(claim.source, 'draft');
    assert.equal(claim.formId, 'specialist-dispatch');
    assert.equal(claim.madeAt, '2026-11-20T09:00:00.000Z');
  });

  it('schemaVersion のない提出データは、データの形から版を決める', async () => {
    const payload = JSON.parse(
      new TextDecoder().decode(await fixture('specialist-dispatch.v1.payload.json')),
    );
    delete payload.schemaVersion;
    const claim = await accepted('noversion.json', json(payload));
    assert.equal(claim.schemaVersion, 1);
  });

  it('BOM 付きの JSON も読む', async () => {
    const text = new TextDecoder().decode(await fixture('consolidation-claim.v2.payload.json'));
    const claim = await accepted('bom.json', utf8(`\uFEFF${text}`));
    assert.equal(claim.formId, 'consolidation-claim');
  });

  it('__proto__ を含む JSON を読んでもプロトタイプは汚染されない', async () => {
    const text =
      '{"formId":"consolidation-claim","schemaVersion":3,"data":{"__proto__":{"polluted":true},"fiscalYear":2026}}';
    const claim = await accepted('proto.json', utf8(text));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.hasOwn(claim.data as object, '__proto__'), false);
  });
});

describe('読めないファイルはそれぞれの理由で断る', () => {
  it('空のファイル', async () => {
    assert.match(await refusal('empty.pdf', new Uint8Array()), /ファイルが空です/);
  });

  it('PDF でも JSON でもないファイル（画像・Shift_JIS のテキスト）', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.match(await refusal('photo.png', png), /PDF でも JSON でもありません/);
    const shiftJis = new Uint8Array([0x90, 0xbf, 0x8b, 0x81, 0x8f, 0x91]); // 「請求書」
    assert.match(await refusal('sjis.csv', shiftJis), /PDF でも JSON でもありません/);
    assert.match(await refusal('memo.txt', utf8('申請書です')), /PDF でも JSON でもありません/);
  });

  it('壊れた PDF', async () => {
    const broken = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer <<>>\n%%EOF');
    assert.match(await refusal('broken.pdf', broken), /壊れている|入力データが含まれていません/);
    const real = await fixture('specialist-dispatch.v1.pdf');
    assert.match(
      await refusal('cut.pdf', real.subarray(0, 2000)),
      /壊れている|入力データが含まれていません/,
    );
  });

  it('入力データの入っていない PDF（スキャンなど）', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    assert.match(await refusal('scan.pdf', await doc.save()), /入力データが含まれていません/);
  });

  it('偽の入力データを埋め込んだ PDF', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(utf8('{"hello": "world"}'), 'koiki-data.json', {
      mimeType: 'application/json',
    });
    assert.match(await refusal('fake.pdf', await doc.save()), /壊れている/);
  });

  it('途中で切れた JSON と書式の壊れた JSON', async () => {
    assert.match(
      await refusal('cut.json', utf8('{"formId": "consolidation-claim", "data": {')),
      /途中で切れています/,
    );
    assert.match(
      await refusal('bad.json', utf8('{"formId": consolidation}')),
      /書式が壊れています/,
    );
  });

  it('入れ子が深すぎる JSON（スタックを使い切らせるもの）', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.match(await refusal('deep.json', utf8(deep)), /入れ子が深すぎる/);
  });

  it('大きすぎる JSON は読まずに断る', async () => {
    const huge = new Uint8Array(31 * 1024 * 1024).fill(0x20);
    huge[0] = 0x7b;
    assert.match(await refusal('huge.json', huge), /大きすぎます/);
  });

  it('申請のデータではない JSON（配列、formId なし、data なし）', async () => {
    assert.match(await refusal('list.json', json([1, 2])), /申請のデータの形ではありません/);
    assert.match(await refusal('bare.json', json({ fiscalYear: 2026 })), /formId がありません/);
    assert.match(
      await refusal('nodata.json', json({ formId: 'consolidation-claim', schemaVersion: 3 })),
      /データ（data）がありません/,
    );
  });

  it('壊れた下書きファイル（中身がない、知らない様式、今より新しい版）', async () => {
    const draft = (inner: unknown) => json({ format: 'koiki-draft', version: 1, draft: inner });
    assert.match(await refusal('d1.json', draft('x')), /データ（data）がありません/);
    assert.match(
      await refusal('d2.json', draft({ formId: 'travel-expenses', schemaVersion: 1, data: {} })),
      /様式「travel-expenses」は取りまとめで扱えません/,
    );
    assert.match(
      await refusal(
        'd3.json',
        draft({ formId: 'consolidation-claim', schemaVersion: 99, data: {} }),
      ),
      /schemaVersion 99 のデータは/,
    );
  });

  it('複数の下書きをまとめたファイル', async () => {
    const bundle = { format: 'koiki-drafts', version: 1, drafts: [] };
    assert.match(await refusal('all.json', json(bundle)), /複数の下書きをまとめたファイル/);
  });

  it('扱えない様式は、扱える様式を登録簿から挙げる', async () => {
    const message = await refusal(
      'travel.json',
      json({ formId: 'travel-expenses', schemaVersion: 1, data: {} }),
    );
    assert.match(message, /様式「travel-expenses」は取りまとめで扱えません/);
    for (const entry of formRegistry)
      assert.ok(message.includes(`「${entry.title}」`), entry.title);
    const hostile = await refusal(
      'long.json',
      json({ formId: 'x'.repeat(10_000), schemaVersion: 1, data: {} }),
    );
    assert.ok(hostile.length < 400, 'a hostile id does not fill the message');
  });

  it('版の番号が読めないもの、今より新しい版のもの', async () => {
    assert.match(
      await refusal(
        'v.json',
        json({ formId: 'consolidation-claim', schemaVersion: 'three', data: {} }),
      ),
      /schemaVersion「three」は版の番号として読めません/,
    );
    const current = (await findFormEntry('consolidation-claim')?.contract())?.schemaVersion ?? 0;
    assert.match(
      await refusal(
        'new.json',
        json({ formId: 'consolidation-claim', schemaVersion: current + 1, data: {} }),
      ),
      new RegExp(`schemaVersion ${current + 1} のデータは、この版（${current}）より新しい版`),
    );
  });
});
