// Totals per measure, 措置区分, 団体 and overall, in 円 and 千円 (地方交付税法 第22条 rounding of
// each total's 円), over the counted claims only; every registry form has its measure row.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formRegistry } from '@koiki/forms';
import { checkClaims } from '@koiki/rollup';
import { exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

async function threeClaims() {
  // 長野県 募集経費 1,001,000円 × 0.5 = 500,500円 → 千円 501（500円は切り上げ）
  const nagano = edited(
    await exampleClaim('specialist-dispatch', 'prefecture-recruitment-no-post-yet.json'),
    (data) => {
      data.recruitmentItems = [{ description: '保健師の募集広告掲載料', amount: 1_001_000 }];
    },
  );
  // 土佐町 調査検討経費 2,400,000円 × 0.5 = 1,200,000円
  const tosa = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
  // 大村市 調査検討経費 (4,800,000 + 700,000 + 500,000) × 0.5 = 3,000,000円 と
  //   (4,200,000 + 800,000) × 0.5 = 2,500,000円 → 団体の上限で 5,000,000 − 3,000,000 = 2,000,000円 → 計 5,000,000円
  const omura = await exampleClaim(
    'consolidation-claim',
    'city-two-consolidations-research-cap.json',
  );
  // 集計に入らない 不備 の申請（島原市、公立病院の円滑化経費）
  const hospital = await exampleClaim(
    'consolidation-claim',
    'invalid-public-hospital-smoothing.json',
  );
  return [nagano, tosa, omura, hospital].map((claim) => received(claim));
}

describe('取りまとめの合計', () => {
  it('様式・措置区分・団体ごとと総計を、円と千円（第22条の端数処理）で出す', async () => {
    const report = await checkClaims(await threeClaims());
    assert.deepEqual(
      report.claims.map((c) => [c.status, c.amounts.totals.yen]),
      [
        ['OK', 500_500],
        ['OK', 1_200_000],
        ['OK', 5_000_000],
        ['不備', 0],
      ],
    );
    const measure = (id: string) => report.byMeasure.find((m) => m.formId === id);
    assert.deepEqual(measure('specialist-dispatch')?.totals, { yen: 500_500, thousandYen: 501 });
    assert.equal(measure('specialist-dispatch')?.claims, 1);
    // 1,200,000 + 5,000,000 = 6,200,000円（不備の島原市は数えない）
    assert.deepEqual(measure('consolidation-claim')?.totals, {
      yen: 6_200_000,
      thousandYen: 6_200,
    });
    assert.equal(measure('consolidation-claim')?.claims, 2);
    assert.deepEqual(
      report.byCategory.map((c) => [c.label, c.totals.yen, c.totals.thousandYen]),
      [
        ['募集経費', 500_500, 501],
        ['調査検討経費', 6_200_000, 6_200],
      ],
    );
    assert.deepEqual(
      report.byDantai.map((d) => [d.dantaiCode, d.dantaiName, d.claims, d.totals.yen]),
      [
        ['200000', '長野県', 1, 500_500],
        ['393631', '土佐町', 1, 1_200_000],
        ['422053', '大村市', 1, 5_000_000],
      ],
    );
    // 500,500 + 6,200,000 = 6,700,500円 → 6,701千円
    assert.deepEqual(report.overall, { yen: 6_700_500, thousandYen: 6_701 });
    assert.deepEqual(report.statusCounts, { OK: 3, 要確認: 0, 不備: 1 });
  });

  it('登録簿のどの様式にも様式ごとの合計がある（申請がなくても 0 円で）', async () => {
    const report = await checkClaims([]);
    assert.deepEqual(
      report.byMeasure.map((m) => [m.formId, m.formTitle, m.claims, m.totals.yen]),
      formRegistry.map((entry) => [entry.id, entry.title, 0, 0]),
    );
  });

  it('進み具合を1件ごとに知らせ、中止できる', async () => {
    const claims = await threeClaims();
    const seen: [number, number][] = [];
    await checkClaims(claims, { onProgress: (done, total) => seen.push([done, total]) });
    assert.deepEqual(seen, [
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    const controller = new AbortController();
    controller.abort(new Error('中止'));
    await assert.rejects(checkClaims(claims, { signal: controller.signal }), /中止/);
  });

  it('多くの申請の間でイベントループに順番を譲る（画面が固まらない）', async () => {
    const town = await exampleClaim('consolidation-claim', 'town-research-stage-no-target.json');
    const many = Array.from({ length: 400 }, (_, i) =>
      received(
        edited(town, (data) => {
          data.applicant.documentNumber = `土総第${i}号`;
        }),
      ),
    );
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await checkClaims(many);
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, 'a timer ran while the claims were checked');
  });
});
