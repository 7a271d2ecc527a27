// One 集約化等 told by each of its parties: the 完了年度 and the parties must agree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaims } from '@koiki/rollup';
import { exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

// 長崎県（令和7年度）と大村市（令和9年度）が同じ県市一体型図書館の集約化を申請している。
const prefecture = () => exampleClaim('consolidation-claim', 'prefecture-library-both-stages.json');
const city = () => exampleClaim('consolidation-claim', 'prefecture-city-library-third-year.json');

const codes = (claims: { findings: readonly { code: string }[] }[]) =>
  claims.map((claim) => claim.findings.map((f) => f.code));

describe('集約化等：参加団体それぞれの申請の食い違い', () => {
  it('同じことを述べていれば何も付かない', async () => {
    const report = await checkClaims([
      received(await prefecture(), 'ken.pdf'),
      received(await city(), 'shi.pdf'),
    ]);
    assert.deepEqual(codes([...report.claims]), [[], []]);
  });

  it('集約化等完了年度が違えば両方 不備、両方の年度を示す', async () => {
    // 県: 供用開始 2025-10-05 → 令和7年度。市: 2026-05-01 → 令和8年度。
    const shifted = edited(await city(), (data) => {
      data.initiatives[0].targetFacility.serviceStartDate = '2026-05-01';
    });
    const report = await checkClaims([
      received(await prefecture(), 'ken.pdf'),
      received(shifted, 'shi.pdf'),
    ]);
    for (const claim of report.claims) {
      const differs = claim.findings.find((f) => f.code === 'rollup.completionDiffers');
      assert.equal(differs?.status, '不備');
      assert.equal(differs?.path, 'initiatives.0');
      assert.match(differs?.message ?? '', /「ken\.pdf」は令和7年度、「shi\.pdf」は令和8年度/);
      assert.equal(claim.counted, false);
    }
  });

  it('参加団体が違えば両方 要確認、それぞれの述べた団体を示す', async () => {
    const more = edited(await city(), (data) => {
      data.initiatives[0].otherParties.push({
        kind: '地方公共団体',
        dantaiCode: '422045',
        role: '共同運営',
      });
    });
    const report = await checkClaims([
      received(await prefecture(), 'ken.pdf'),
      received(more, 'shi.pdf'),
    ]);
    for (const claim of report.claims) {
      const differs = claim.findings.find((f) => f.code === 'rollup.partiesDiffer');
      assert.equal(differs?.status, '要確認');
      assert.match(
        differs?.message ?? '',
        /「ken\.pdf」は長崎県・大村市、「shi\.pdf」は大村市・長崎県・諫早市/,
      );
    }
  });

  it('名前も施設も違う取組は別の集約化等として比べない', async () => {
    const other = edited(await city(), (data) => {
      const initiative = data.initiatives[0];
      initiative.name = '別の取組';
      initiative.targetFacility.serviceStartDate = '2026-05-01';
      for (const facility of initiative.sourceFacilities) facility.name += '（別館）';
      initiative.targetFacility.name = '別の施設';
    });
    const report = await checkClaims([
      received(await prefecture(), 'ken.pdf'),
      received(other, 'shi.pdf'),
    ]);
    assert.equal(
      report.claims.some((c) => c.findings.some((f) => f.code === 'rollup.completionDiffers')),
      false,
    );
  });
});
