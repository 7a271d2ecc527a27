// Each claim on its own: re-validated with its form's schema (after migration), amounts
// recomputed, stated amounts compared.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { checkClaims, isRefusedFile, readClaimFile } from '@koiki/rollup';
import { amountsOf, exampleClaim } from './support/example-claims.ts';
import { received } from './support/received.ts';

const fixture = (name: string) => new URL(`../fixtures/v1/${name}`, import.meta.url);

describe('申請ごとの検査', () => {
  it('正しい申請は OK で、措置額は様式の計算と同じ', async () => {
    // 調査検討経費 1,800,000 + 350,000 + 250,000 = 2,400,000円 × 0.5 = 1,200,000円
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const report = await checkClaims([received(town, 'town.json')]);
    const [claim] = report.claims;
    assert.equal(claim?.status, 'OK');
    assert.deepEqual(claim?.findings, []);
    assert.equal(claim?.amounts.totals.yen, 1_200_000);
    assert.deepEqual(claim?.amounts, await amountsOf(town));
    assert.equal(claim?.dantaiName, '土佐町');
    assert.equal(claim?.fiscalYearLabel, '令和7年度');
    assert.equal(claim?.documentNumber, '土総第５６号');
    assert.equal(report.overall.yen, 1_200_000);
  });

  it('誤りのある申請は 不備 で、項目の場所と日本語の理由が付き、集計に入らない', async () => {
    const single = await exampleClaim('consolidation-claim', 'invalid-single-dantai.json');
    const report = await checkClaims([received(single, 'single.json')]);
    const [claim] = report.claims;
    assert.equal(claim?.status, '不備');
    assert.equal(claim?.counted, false);
    const finding = claim?.findings.find((f) => f.path === 'initiatives.0.otherParties');
    assert.match(finding?.message ?? '', /参加団体が申請団体だけです/);
    assert.equal(report.overall.yen, 0);
    assert.equal(report.statusCounts.不備, 1);
  });

  it('旧版（schemaVersion 1）の提出データは今の版に移行して検査する', async () => {
    const bytes = new Uint8Array(await readFile(fixture('specialist-dispatch.v1.payload.json')));
    const file = await readClaimFile('v1.json', bytes);
    assert.ok(!isRefusedFile(file));
    const report = await checkClaims([file]);
    const [claim] = report.claims;
    assert.equal(claim?.fromSchemaVersion, 1);
    assert.equal(claim?.schemaVersion, 2);
    assert.notEqual(claim?.status, '不備', JSON.stringify(claim?.findings));
    assert.ok((claim?.amounts.totals.yen ?? 0) > 0);
  });

  it('提出データに記載の額が計算し直した額と違えば 不備（書き換えの疑い）で、違う行を示す', async () => {
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const honest = await amountsOf(town);
    const line = honest.lines[0];
    assert.ok(line);
    // 1,200,000円 を 1,300,000円 に書き換えたファイル
    const forged = {
      ...honest,
      lines: [{ ...line, amount: 1_300_000 }],
      totals: { yen: 1_300_000, thousandYen: 1_300 },
    };
    const report = await checkClaims([
      received(town, 'honest.json', { statedAmounts: honest }),
      received(town, 'forged.json', { statedAmounts: forged }),
      received(town, 'garbled.json', { statedAmounts: 'ten million' }),
    ]);
    const [ok, bad, garbled] = report.claims;
    assert.equal(
      ok?.findings.some((f) => f.code === 'rollup.statedAmounts'),
      false,
    );
    const finding = bad?.findings.find((f) => f.code === 'rollup.statedAmounts');
    assert.equal(finding?.status, '不備');
    assert.match(finding?.message ?? '', /調査検討経費 記載 1,300,000円 → 再計算 1,200,000円/);
    assert.match(finding?.message ?? '', /合計 記載 1,300,000円 → 再計算 1,200,000円/);
    assert.equal(bad?.counted, false);
    assert.equal(garbled?.findings.find((f) => f.code === 'rollup.statedAmounts')?.status, '不備');
  });

  it('申請団体が確認した注意（区域外の団体）は 要確認 として集計に入る', async () => {
    const outside = await exampleClaim(
      'specialist-dispatch',
      'prefecture-outside-area-confirmed.json',
    );
    const report = await checkClaims([received(outside, 'outside.json')]);
    const [claim] = report.claims;
    assert.equal(claim?.status, '要確認');
    assert.equal(claim?.counted, true);
    assert.match(claim?.findings[0]?.message ?? '', /区域外/);
    assert.equal(report.overall.yen, (await amountsOf(outside)).totals.yen);
  });
});
