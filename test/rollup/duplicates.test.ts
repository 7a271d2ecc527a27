// The same 団体, 年度 and 様式 received twice: the same 申請 again (newest kept), or another 申請.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaims } from '@koiki/rollup';
import { exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

describe('重複した申請', () => {
  it('同じ申請を2回受け取ると、新しい方を集計し、古い方は 要確認・集計外', async () => {
    // 土佐町 令和7年度 調査検討経費 1,200,000円 の申請を2通。新しい方（12月5日）だけを数えて 1,200,000円。
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const report = await checkClaims([
      received(town, 'new.pdf', { madeAt: '2026-12-05T01:00:00.000Z' }),
      received(town, 'old.pdf', { madeAt: '2026-12-01T01:00:00.000Z' }),
    ]);
    const [newer, older] = report.claims;
    assert.equal(newer?.status, 'OK');
    assert.equal(newer?.counted, true);
    assert.equal(older?.status, '要確認');
    assert.equal(older?.counted, false);
    assert.equal(older?.findings[0]?.code, 'rollup.duplicate');
    assert.match(older?.findings[0]?.message ?? '', /「new\.pdf」/);
    assert.deepEqual(older?.findings[0]?.otherClaimIds, ['new.pdf']);
    assert.equal(report.overall.yen, 1_200_000);
    assert.equal(report.byDantai[0]?.claims, 1);
  });

  it('日付が同じなら後に受け取った方を新しいとみなす', async () => {
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const report = await checkClaims([received(town, 'first.json'), received(town, 'second.json')]);
    assert.equal(report.claims[0]?.counted, false);
    assert.equal(report.claims[1]?.counted, true);
  });

  it('文書番号の違う申請は別の申請として合算し、両方に 要確認 を付ける', async () => {
    // 1,200,000円 + 1,200,000円 = 2,400,000円（上限 5,000,000円 以内）
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const more = edited(town, (data) => {
      data.applicant.documentNumber = '土総第７７号';
    });
    const report = await checkClaims([received(town, 'a.json'), received(more, 'b.json')]);
    for (const claim of report.claims) {
      assert.equal(claim.status, '要確認');
      assert.equal(claim.counted, true);
      assert.equal(claim.findings[0]?.code, 'rollup.additionalClaim');
    }
    assert.equal(report.overall.yen, 2_400_000);
  });

  it('全角と半角の違いだけの文書番号は同じ申請とみなす', async () => {
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const halfWidth = edited(town, (data) => {
      data.applicant.documentNumber = '土総第56号';
    });
    const report = await checkClaims([received(town, 'a.json'), received(halfWidth, 'b.json')]);
    assert.equal(report.claims[0]?.findings[0]?.code, 'rollup.duplicate');
    assert.equal(report.overall.yen, 1_200_000);
  });
});
