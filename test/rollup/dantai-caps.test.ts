// Per-団体 caps over all of one 団体's claims of a year (募集経費 1,000,000円, 調査検討経費
// 5,000,000円 from the rule tables): each claim under its cap, together over it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaims } from '@koiki/rollup';
import {
  consolidationRuleTable,
  formatYenAmount,
  specialistDispatchRuleTable,
} from '@koiki/schemas';
import { exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

describe('団体ごとの上限（複数の申請の合計）', () => {
  it('the caps the test reckons with are the rule tables’ own', () => {
    assert.equal(specialistDispatchRuleTable.at(-1)?.recruitmentCapPerDantai.value, 1_000_000);
    assert.equal(consolidationRuleTable.at(-1)?.research.capPerDantai.value, 5_000_000);
  });

  it('募集経費が2つの申請で合わせて 1,000,000円 を超えると、両方 不備 で集計に入らない', async () => {
    // 長野県 令和8年度。申請1: 募集経費 380,000円 × 0.5 = 190,000円
    // 申請2（別の文書番号）: 1,700,000円 × 0.5 = 850,000円
    // 合計 190,000 + 850,000 = 1,040,000円 > 1,000,000円 → 40,000円 超過
    const first = await exampleClaim(
      'specialist-dispatch',
      'prefecture-recruitment-no-post-yet.json',
    );
    const second = edited(first, (data) => {
      data.applicant.documentNumber = '市第２３０号';
      data.recruitmentItems = [{ description: '追加の募集広告掲載料', amount: 1_700_000 }];
    });
    const report = await checkClaims([received(first, 'a.json'), received(second, 'b.json')]);
    const [a, b] = report.claims;
    assert.equal(a?.amounts.totals.yen, 190_000);
    assert.equal(b?.amounts.totals.yen, 850_000);
    for (const claim of [a, b]) {
      assert.equal(claim?.status, '不備');
      assert.equal(claim?.counted, false);
      const cap = claim?.findings.find((f) => f.code === 'rollup.dantaiCap');
      assert.match(
        cap?.message ?? '',
        /募集経費の措置額が.*1,040,000円.*上限 1,000,000円.*40,000円 超えます/,
      );
    }
    assert.deepEqual(a?.findings.find((f) => f.code === 'rollup.dantaiCap')?.otherClaimIds, [
      'b.json',
    ]);
    assert.equal(report.overall.yen, 0);
  });

  it('合わせて上限以内なら 要確認（別の申請あり）のまま両方を集計する', async () => {
    // 190,000円 + 1,600,000円 × 0.5 = 190,000 + 800,000 = 990,000円 ≤ 1,000,000円
    const first = await exampleClaim(
      'specialist-dispatch',
      'prefecture-recruitment-no-post-yet.json',
    );
    const second = edited(first, (data) => {
      data.applicant.documentNumber = '市第２３０号';
      data.recruitmentItems = [{ description: '追加の募集広告掲載料', amount: 1_600_000 }];
    });
    const report = await checkClaims([received(first, 'a.json'), received(second, 'b.json')]);
    assert.deepEqual(
      report.claims.map((c) => c.status),
      ['要確認', '要確認'],
    );
    assert.equal(report.overall.yen, 990_000);
    assert.equal(report.overall.thousandYen, 990);
  });

  it('調査検討経費が2つの申請で合わせて 5,000,000円 を超えると 不備', async () => {
    // 土佐町 令和7年度。申請1: 2,400,000円 × 0.5 = 1,200,000円
    // 申請2: 7,800,000円 × 0.5 = 3,900,000円。合計 5,100,000円 > 5,000,000円 → 100,000円 超過
    const first = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const second = edited(first, (data) => {
      data.applicant.documentNumber = '土総第９０号';
      data.initiatives[0].researchItems = [
        {
          category: '利用実態・立地等の調査・分析',
          description: '追加調査（委託）',
          amount: 7_800_000,
        },
      ];
    });
    const report = await checkClaims([received(first, 'a.json'), received(second, 'b.json')]);
    assert.equal(report.claims[1]?.amounts.totals.yen, 3_900_000);
    for (const claim of report.claims) {
      const cap = claim.findings.find((f) => f.code === 'rollup.dantaiCap');
      assert.equal(cap?.status, '不備');
      assert.ok(cap?.message.includes(formatYenAmount(5_100_000)));
      assert.ok(cap?.message.includes(`${formatYenAmount(100_000)} 超えます`));
    }
    assert.equal(report.overall.yen, 0);
  });

  it('別の団体の申請どうしは合算しない', async () => {
    // 長野県 190,000円 と 高知県の申請（募集経費 1,000,000円）は別の団体：どちらも上限の判定は別
    const nagano = await exampleClaim(
      'specialist-dispatch',
      'prefecture-recruitment-no-post-yet.json',
    );
    const kochi = await exampleClaim(
      'specialist-dispatch',
      'prefecture-two-people-with-contribution.json',
    );
    const report = await checkClaims([received(nagano, 'a.json'), received(kochi, 'b.json')]);
    assert.deepEqual(
      report.claims.map((c) => c.status),
      ['OK', 'OK'],
    );
  });
});
