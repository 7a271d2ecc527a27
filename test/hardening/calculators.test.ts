// Fuzzing both calculators and validators with arbitrary partial data: they never throw, and
// every amount they give is a whole, finite, non-negative number of 円 within its cap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ClaimResult,
  calculateConsolidation,
  calculateSpecialistDispatch,
  consolidationContract,
  consolidationEligibility,
  specialistDispatchContract,
  specialistDispatchEligibility,
  toThousandYen,
  validateClaim,
} from '@koiki/schemas';
import fc from 'fast-check';
import { consolidationData, dispatchData, edgeAmount } from './claim-data.ts';
import { runs } from './typed-text.ts';

const isWholeYen = (value: number) => Number.isSafeInteger(value) && value >= 0;

/** Every number a result holds is whole 円; totals are the sum of the lines. */
function assertSoundAmounts(result: ClaimResult) {
  let sum = 0n;
  for (const line of result.lines) {
    for (const value of [line.base, line.cap ?? 0, line.amount]) {
      assert.ok(isWholeYen(value), `${line.id}: ${value}`);
    }
    assert.ok(
      line.cap === null || line.amount <= line.cap,
      `${line.id}: ${line.amount} > cap ${line.cap}`,
    );
    assert.doesNotMatch(line.explanation, /NaN|Infinity|undefined/);
    sum += BigInt(line.amount);
  }
  assert.equal(BigInt(result.referenceTotals.yen), sum);
  // Nothing is claimable while any issue stands: the lines are then only 参考.
  assert.equal(result.claimable, result.claimable && result.issues.length === 0);
  assert.equal(BigInt(result.totals.yen), result.claimable ? sum : 0n);
  assert.equal(result.totals.thousandYen, toThousandYen(result.totals.yen));
  assert.ok(isWholeYen(result.totals.thousandYen));
  const text = JSON.stringify(result, (_, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? 'NOT FINITE' : v,
  );
  assert.doesNotMatch(text, /NaN|Infinity|NOT FINITE|undefined/);
}

describe('専門人材派遣の算定に、入力途中のどんなデータを渡しても', () => {
  it('例外を出さず、金額は上限以内の 0 以上の整数で、NaN・Infinity は出ない', () => {
    fc.assert(
      fc.property(dispatchData, (data) => {
        assertSoundAmounts(calculateSpecialistDispatch(data as never));
        specialistDispatchEligibility(data as never);
      }),
      runs,
    );
  });

  it('人件費の上限を書き換えても（NaN・負の数・巨大な数でも）金額は 0 以上の整数のまま', () => {
    const override = fc.oneof(edgeAmount, fc.constantFrom(NaN, -1, Infinity, 0.5, -0));
    fc.assert(
      fc.property(dispatchData, override, (data, personCap) => {
        assertSoundAmounts(calculateSpecialistDispatch(data as never, { personCap }));
      }),
      { numRuns: 2_000 },
    );
  });

  it('検証 (validateClaim) も例外を出さない', () => {
    fc.assert(
      fc.property(dispatchData, (data) => {
        const result = validateClaim(specialistDispatchContract, data);
        if (!result.success) assert.ok(result.error.issues.every((i) => i.message !== ''));
      }),
      runs,
    );
  });
});

/** The 調査検討経費 of all 取組 together stay within the per-団体 cap of the rule row used. */
function assertResearchCap(result: ClaimResult) {
  const research = result.lines.filter((line) => line.kind === 'research');
  const total = research.reduce((sum, line) => sum + line.amount, 0);
  const cap = Math.max(0, ...research.map((line) => line.cap ?? 0));
  assert.ok(total <= cap || research.length === 0, `調査検討経費 ${total} > ${cap}`);
}

describe('公共施設の集約化等の算定に、入力途中のどんなデータを渡しても', () => {
  it('例外を出さず、金額は上限以内の 0 以上の整数で、NaN・Infinity は出ない', () => {
    fc.assert(
      fc.property(consolidationData, (data) => {
        const result = calculateConsolidation(data as never);
        assertSoundAmounts(result);
        assertResearchCap(result);
        consolidationEligibility(data as never);
      }),
      runs,
    );
  });

  it('検証 (validateClaim) も例外を出さない', () => {
    fc.assert(
      fc.property(consolidationData, (data) => {
        const result = validateClaim(consolidationContract, data);
        if (!result.success) assert.ok(result.error.issues.every((i) => i.message !== ''));
      }),
      runs,
    );
  });
});
