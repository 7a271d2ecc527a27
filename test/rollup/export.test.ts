// The 取りまとめ表 as .xlsx (read back with the same library) and as CSV (BOM, Japanese intact).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { read, utils, type WorkBook } from '@e965/xlsx';
import { formRegistry } from '@koiki/forms';
import { checkClaims, type RefusedFile, rollupToCsv, rollupToXlsx } from '@koiki/rollup';
import { exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

async function sampleReport() {
  // 長野県 募集経費 1,001,000円 × 0.5 = 500,500円（千円 501）
  const nagano = edited(
    await exampleClaim('specialist-dispatch', 'prefecture-recruitment-no-post-yet.json'),
    (data) => {
      data.recruitmentItems = [{ description: '保健師の募集広告掲載料', amount: 1_001_000 }];
    },
  );
  // 土佐町 調査検討経費 1,200,000円、島原市は 不備（集計外）
  const tosa = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
  const hospital = await exampleClaim(
    'consolidation-claim',
    'invalid-public-hospital-smoothing.json',
  );
  return checkClaims([
    received(nagano, 'nagano.pdf'),
    received(tosa, '=HYPERLINK("x"),土佐町.json'),
    received(hospital, 'shimabara.pdf'),
  ]);
}

const refused: RefusedFile[] = [
  { fileName: 'scan.pdf', message: 'この PDF には入力データが含まれていません。' },
];

const rowsOf = (book: WorkBook, sheet: string) =>
  utils.sheet_to_json<unknown[]>(book.Sheets[sheet] as never, { header: 1, defval: null });

describe('.xlsx の取りまとめ表', () => {
  it('集計シート、様式ごとのシート、受付不可のシートを作る', async () => {
    const book = read(await rollupToXlsx(await sampleReport(), refused));
    assert.deepEqual(book.SheetNames, [
      '集計',
      ...formRegistry.map((entry) => entry.title),
      '受付不可',
    ]);
  });

  it('様式のシート：日本語の見出し、額は数値（桁区切りの書式）、千円の列、合計の行', async () => {
    const book = read(await rollupToXlsx(await sampleReport(), refused), { cellNF: true });
    const rows = rowsOf(book, '連携協約に基づく専門人材派遣');
    assert.deepEqual(rows[0], [
      'No.',
      '状態',
      '集計',
      '団体コード',
      '団体名',
      '年度',
      '文書番号',
      '募集経費（円）',
      '措置額（円）',
      '措置額（千円）',
      'ファイル',
      '確認事項',
    ]);
    assert.deepEqual(rows[1]?.slice(0, 10), [
      1,
      'OK',
      '集計',
      '200000',
      '長野県',
      '令和8年度',
      '市第２２１号',
      500_500,
      500_500,
      501,
    ]);
    assert.deepEqual(rows[2]?.slice(0, 10), [
      '合計',
      null,
      null,
      null,
      null,
      null,
      null,
      500_500,
      500_500,
      501,
    ]);
    const sheet = book.Sheets.連携協約に基づく専門人材派遣;
    const amount = sheet?.H2;
    assert.equal(amount?.t, 'n');
    assert.equal(amount?.z, '#,##0');
    assert.equal(sheet?.D2?.t, 's', '団体コード stays text (its leading zeros)');
  });

  it('集計外の申請は額を空けて理由を書く', async () => {
    const book = read(await rollupToXlsx(await sampleReport(), refused));
    const rows = rowsOf(book, '複数団体による公共施設の集約化・複合化等');
    const shimabara = rows.find((row) => row[10] === 'shimabara.pdf');
    assert.deepEqual(shimabara?.slice(1, 3), ['不備', '集計外']);
    assert.equal(shimabara?.[8], null);
    assert.match(String(shimabara?.[11]), /^【不備】/);
    const total = rows.at(-1);
    // 土佐町 1,200,000円 だけ
    assert.deepEqual(total?.slice(7, 10), [1_200_000, 1_200_000, 1_200]);
  });

  it('集計シートに様式・措置区分・団体ごとと総計、状態ごとの件数', async () => {
    const book = read(await rollupToXlsx(await sampleReport(), refused));
    const rows = rowsOf(book, '集計');
    const row = (first: unknown) => rows.find((r) => r[0] === first);
    // 500,500 + 1,200,000 = 1,700,500円 → 1,701千円
    assert.deepEqual(row('総計')?.slice(0, 4), ['総計', 2, 1_700_500, 1_701]);
    assert.deepEqual(row('200000')?.slice(0, 5), ['200000', '長野県', 1, 500_500, 501]);
    assert.deepEqual(row('不備')?.slice(0, 2), ['不備', 1]);
    assert.deepEqual(row('受付不可')?.slice(0, 2), ['受付不可', 1]);
    assert.ok(rows.some((r) => r[1] === '調査検討経費' && r[2] === 1_200_000));
  });

  it('受付不可のシートにファイル名と理由', async () => {
    const book = read(await rollupToXlsx(await sampleReport(), refused));
    assert.deepEqual(rowsOf(book, '受付不可')[1], ['scan.pdf', refused[0]?.message]);
  });

  it('表計算ライブラリは書き出すときだけ読み込む（静的に import するのは xlsx-export.ts だけ）', async () => {
    const dir = new URL('../../packages/rollup/src/', import.meta.url);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    const importers: string[] = [];
    for (const file of files) {
      const source = await readFile(new URL(file, dir), 'utf8');
      if (/from '@e965\/xlsx'/.test(source)) importers.push(file);
      if (file !== 'index.ts') continue;
      assert.doesNotMatch(source, /from '\.\/xlsx-export\.ts'/);
      assert.match(source, /import\('\.\/xlsx-export\.ts'\)/);
    }
    assert.deepEqual(importers, ['xlsx-export.ts']);
  });
});

describe('CSV の取りまとめ表', () => {
  it('UTF-8 の BOM で始まり、日本語をそのまま保ち、行末は CRLF', async () => {
    const bytes = await rollupToCsv(await sampleReport(), refused);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    assert.equal(
      lines[0],
      'No.,様式,状態,集計,団体コード,団体名,年度,文書番号,募集経費（円）,調査検討経費（円）,措置額（円）,措置額（千円）,ファイル,確認事項',
    );
    assert.match(
      lines[1] ?? '',
      /^1,連携協約に基づく専門人材派遣,OK,集計,200000,長野県,令和8年度,市第２２１号,500500,,500500,501,nagano\.pdf,$/,
    );
    assert.equal(lines.at(-1), '');
  });

  it("カンマや引用符を含む値は引用し、数式に見える値は先頭に ' を付ける", async () => {
    const text = new TextDecoder().decode(await rollupToCsv(await sampleReport(), refused));
    assert.ok(text.includes(`"'=HYPERLINK(""x""),土佐町.json"`));
    assert.match(
      text,
      /,受付不可,集計外,.*,scan\.pdf,この PDF には入力データが含まれていません。\r\n$/,
    );
  });
});
