// One dispatched person across the 派遣元's and the 派遣先's claims: claimed on both sides against
// the 派遣形態 rule, told with different 派遣形態, or over the per-person cap together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaims } from '@koiki/rollup';
import { postClaimRules, specialistDispatchRuleTable } from '@koiki/schemas';
import { type ExampleClaim, exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

/** 下北山村（派遣先）: 西川 由紀 を自治法派遣で受け、負担金 6,800,000円 × 0.5 = 3,400,000円 を申請。 */
const village = () =>
  exampleClaim('specialist-dispatch', 'municipality-local-autonomy-dispatch.json');

/** 奈良県（派遣元）の申請：同じ協約で 西川 由紀 を派遣する1件だけ。 */
function prefectureClaim(
  base: ExampleClaim,
  post: { dispatchForm: string; personnelCost: number; contribution: number },
  documentNumber = '奈市振第１号',
): ExampleClaim {
  return edited(base, (data) => {
    data.applicant = {
      dantaiCode: '290009',
      headName: '大和 太郎',
      documentNumber,
      applicationDate: '2026-11-30',
    };
    data.contact.department = '奈良県 総務部 市町村振興課';
    data.role = '派遣元';
    data.posts = [{ ...data.posts[0], ...post }];
    delete data.posts[0].firstDispatchYear;
  });
}

describe('専門人材派遣：同じ人の派遣が複数の申請にあるとき', () => {
  it('the rule the check follows: 自治法派遣 → 派遣先の負担金、その他 → 派遣元の人件費', () => {
    assert.deepEqual(
      [postClaimRules.自治法派遣.claimant, postClaimRules.自治法派遣.line],
      ['派遣先', 'contribution'],
    );
    assert.deepEqual(
      [postClaimRules.その他.claimant, postClaimRules.その他.line],
      ['派遣元', 'personnel'],
    );
  });

  it('派遣元が人件費、派遣先が負担金で同じ人を申請すると、両方 不備 で集計に入らない', async () => {
    // 奈良県: 派遣形態「その他」、人件費 (8,000,000 − 1,000,000) × 0.5 = 3,500,000円
    // 下北山村: 派遣形態「自治法派遣」、負担金 3,400,000円（と別の人 上田 誠 6,000,000円）
    const base = await village();
    const prefecture = prefectureClaim(base, {
      dispatchForm: 'その他',
      personnelCost: 8_000_000,
      contribution: 1_000_000,
    });
    const alone = await checkClaims([received(prefecture, 'pref.json')]);
    assert.equal(alone.claims[0]?.status, 'OK', JSON.stringify(alone.claims[0]?.findings));
    assert.equal(alone.claims[0]?.amounts.totals.yen, 3_500_000);

    const report = await checkClaims([
      received(prefecture, 'pref.json'),
      received(base, 'village.json'),
    ]);
    for (const claim of report.claims) {
      const twice = claim.findings.find((f) => f.code === 'rollup.postClaimedTwice');
      assert.equal(twice?.status, '不備');
      assert.equal(twice?.path, 'posts.0');
      assert.match(twice?.message ?? '', /下北山村・住民課 保健師/);
      assert.match(
        twice?.message ?? '',
        /「pref\.json」（派遣元、派遣形態「その他」、人件費 3,500,000円）/,
      );
      assert.match(
        twice?.message ?? '',
        /「village\.json」（派遣先、派遣形態「自治法派遣」、負担金 3,400,000円）/,
      );
      assert.match(
        twice?.message ?? '',
        /派遣形態「自治法派遣」なら派遣先が負担金、派遣形態「その他」なら派遣元が人件費を申請し/,
      );
      assert.equal(claim.counted, false);
    }
    assert.equal(report.overall.yen, 0);
  });

  it('派遣形態が食い違っても一方しか額がなければ 要確認 で集計する', async () => {
    // 奈良県: 「その他」だが人件費 1,000,000 − 負担金 1,000,000 = 0円 → 行なし
    // 下北山村: 9,400,000円 → 集計は 0 + 9,400,000 = 9,400,000円
    const base = await village();
    const prefecture = prefectureClaim(base, {
      dispatchForm: 'その他',
      personnelCost: 1_000_000,
      contribution: 1_000_000,
    });
    const report = await checkClaims([
      received(prefecture, 'pref.json'),
      received(base, 'village.json'),
    ]);
    for (const claim of report.claims) {
      const mismatch = claim.findings.find((f) => f.code === 'rollup.dispatchFormMismatch');
      assert.equal(mismatch?.status, '要確認');
      assert.equal(claim.status, '要確認');
    }
    assert.equal(report.overall.yen, 9_400_000);
  });

  it('同じ人の額が複数の申請で合わせて1人あたりの上限を超えると 不備', async () => {
    // 奈良県の申請A: 人件費 8,000,000円 × 0.5 = 4,000,000円
    // 奈良県の申請B（別の文書番号）: 人件費 6,000,000円 × 0.5 = 3,000,000円
    // 合計 7,000,000円 > 上限 6,000,000円 → 1,000,000円 超過
    assert.equal(specialistDispatchRuleTable.at(-1)?.personCap.value, 6_000_000);
    const base = await village();
    const a = prefectureClaim(base, {
      dispatchForm: 'その他',
      personnelCost: 8_000_000,
      contribution: 0,
    });
    const b = prefectureClaim(
      base,
      { dispatchForm: 'その他', personnelCost: 6_000_000, contribution: 0 },
      '奈市振第２号',
    );
    const report = await checkClaims([received(a, 'a.json'), received(b, 'b.json')]);
    for (const claim of report.claims) {
      const cap = claim.findings.find((f) => f.code === 'rollup.personCap');
      assert.equal(cap?.status, '不備');
      assert.match(cap?.message ?? '', /7,000,000円.*上限 6,000,000円 を 1,000,000円 超えます/);
    }
    assert.equal(report.overall.yen, 0);
  });

  it('氏名が違えば同じ職名でも別の人とみなす', async () => {
    const base = await village();
    const a = prefectureClaim(base, {
      dispatchForm: 'その他',
      personnelCost: 8_000_000,
      contribution: 0,
    });
    const b = edited(
      prefectureClaim(
        base,
        { dispatchForm: 'その他', personnelCost: 6_000_000, contribution: 0 },
        '奈市振第２号',
      ),
      (data) => {
        data.posts[0].staffName = '東 花子';
      },
    );
    const report = await checkClaims([received(a, 'a.json'), received(b, 'b.json')]);
    // 4,000,000 + 3,000,000 = 7,000,000円（別の人なので1人あたりの上限は超えない）
    assert.equal(
      report.claims.some((c) => c.findings.some((f) => f.code === 'rollup.personCap')),
      false,
    );
    assert.equal(report.overall.yen, 7_000_000);
  });
});

describe('専門人材派遣：名前のない派遣と名前のある派遣', () => {
  it('氏名のない派遣は、同じ職名の氏名のある派遣と同じ人とみなす（受け取った順によらない）', async () => {
    // 奈良県A（氏名なし）4,000,000円 と 奈良県B（西川 由紀）3,000,000円 → 同じ人で 7,000,000円 > 6,000,000円
    const base = await village();
    const unnamed = edited(
      prefectureClaim(base, { dispatchForm: 'その他', personnelCost: 8_000_000, contribution: 0 }),
      (data) => {
        delete data.posts[0].staffName;
      },
    );
    const named = prefectureClaim(
      base,
      { dispatchForm: 'その他', personnelCost: 6_000_000, contribution: 0 },
      '奈市振第２号',
    );
    for (const order of [
      [unnamed, named],
      [named, unnamed],
    ]) {
      const report = await checkClaims(order.map((claim, i) => received(claim, `${i}.json`)));
      for (const claim of report.claims)
        assert.ok(
          claim.findings.some((f) => f.code === 'rollup.personCap'),
          JSON.stringify(claim.findings),
        );
    }
  });
});
