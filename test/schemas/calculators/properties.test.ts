// Properties of both calculators over random claims (fast-check).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyRate,
  type ClaimResult,
  calculateConsolidation,
  calculateSpecialistDispatch,
  consolidationRules,
  rulesFor,
  toThousandYen,
} from '@koiki/schemas';
import fc from 'fast-check';
import { consolidationExample, dispatchExample } from './example-data.ts';

const yenAmount = fc.integer({ min: 0, max: 200_000_000 });

function assertLinesWithinCapAndRate(result: ClaimResult): void {
  for (const line of result.lines) {
    assert.ok(line.amount >= 0);
    // A line without a cap (null: 上限なし) is bounded by its rate alone.
    const cap = line.cap ?? Number.POSITIVE_INFINITY;
    assert.ok(line.amount <= cap, `${line.id} exceeds its cap`);
    assert.ok(line.amount <= applyRate(line.base, line.rate), `${line.id} exceeds rate × base`);
    assert.equal(line.capped, applyRate(line.base, line.rate) > cap);
    assert.ok(Number.isSafeInteger(line.amount));
  }
  const sum = result.lines.reduce((total, line) => total + line.amount, 0);
  // Totals are the lines' sum when claimable, else zero (the sum is then 参考).
  assert.equal(result.referenceTotals.yen, sum);
  const claimed = result.claimable ? sum : 0;
  assert.equal(result.totals.yen, claimed);
  assert.equal(result.totals.thousandYen, toThousandYen(claimed));
}

describe('算定の性質', () => {
  it('専門人材派遣: どの行も上限と 措置率×対象経費 を超えず、合計は行の和', () => {
    const post = fc.record({
      dispatchForm: fc.constantFrom('自治法派遣', 'その他'),
      firstDispatchYear: fc.boolean(),
      personnelCost: yenAmount,
      contribution: yenAmount,
    });
    fc.assert(
      fc.property(
        fc.constantFrom('派遣元', '派遣先'),
        fc.array(post, { maxLength: 12 }),
        fc.array(yenAmount, { maxLength: 5 }),
        (role, posts, recruitment) => {
          const base = dispatchExample();
          const data = {
            ...base,
            role,
            posts: posts.map((p, i) => ({ ...base.posts[i % 3]!, ...p })),
            recruitmentItems: recruitment.map((amount) => ({ description: '募集経費', amount })),
          } as typeof base;
          assertLinesWithinCapAndRate(calculateSpecialistDispatch(data));
        },
      ),
    );
  });

  it('集約化等: どの行も上限と 措置率×対象経費 を超えず、累計は 5,000万円以内', () => {
    fc.assert(
      fc.property(
        fc.array(yenAmount, { maxLength: 6 }),
        fc.array(yenAmount, { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 30_000_000 }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 2025, max: 2029 }),
        (research, smoothing, earlier, fiscalYear) => {
          const base = consolidationExample();
          const initiative = {
            ...base.initiatives[0]!,
            stages: ['調査検討経費', '円滑化経費'],
            researchItems: research.map((amount) => ({
              category: 'その他',
              description: '調査',
              amount,
            })),
            smoothingItems: smoothing.map((amount) => ({
              category: 'その他',
              description: '円滑化',
              amount,
            })),
            earlierReceipts: earlier.map((amount, i) => ({ fiscalYear: 2025 + i, amount })),
          } as (typeof base.initiatives)[number];
          const data = { ...base, fiscalYear, initiatives: [initiative, initiative] };
          const result = calculateConsolidation(data);
          assertLinesWithinCapAndRate(result);
          const rules = rulesFor(consolidationRules, fiscalYear);
          assert.ok(rules.ok);
          // 調査検討経費: the per-団体 cap holds over both 取組 together.
          const researchTotal = result.lines
            .filter((line) => line.kind === 'research')
            .reduce((sum, line) => sum + line.amount, 0);
          assert.ok(researchTotal <= rules.rules.research.capPerDantai.value);
          const smoothingLine = result.lines.find((line) => line.id === 'initiatives.0.smoothing');
          const received = initiative
            .earlierReceipts!.filter((r) => r.fiscalYear < fiscalYear)
            .reduce((sum, r) => sum + r.amount, 0);
          const cap = rules.rules.smoothing.capPerConsolidation.value;
          if (smoothingLine) assert.ok(received + smoothingLine.amount <= cap);
        },
      ),
    );
  });
});
