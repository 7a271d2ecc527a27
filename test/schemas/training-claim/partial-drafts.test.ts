// A half-typed draft, an imported file or a careless server client may hold anything at any key:
// the training calculator and schema answer every such value with amounts and issues, never an
// exception, and the amounts stay whole 円 that add up.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRate, type ClaimResult, toThousandYen } from '@koiki/schemas';
import {
  COST_CATEGORIES,
  calculateTraining,
  POLICY_DOCUMENTS,
  TRAINING_KINDS,
  trainingClaimContract,
} from '@koiki/schemas/forms/training-claim';
import fc from 'fast-check';
import { trainingExample } from './training-examples.ts';

/** Anything JSON can hold and a few things it cannot. */
const junk = fc.oneof(
  fc.constantFrom(null, undefined, true, '', '600万', NaN, Infinity, -1, 0.5, 1e300, -0),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.object({ maxDepth: 1, maxKeys: 2 }),
);
const orJunk = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk });
const record = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  orJunk(fc.record(shape, { requiredKeys: [] }));
const rows = (row: fc.Arbitrary<unknown>) => orJunk(fc.array(orJunk(row), { maxLength: 4 }));
const choice = <T>(values: readonly T[]) => orJunk(fc.constantFrom(...values));

const amount = orJunk(
  fc.oneof(
    fc.constantFrom(0, 1, 499, 500, 999, 1_000, Number.MAX_SAFE_INTEGER),
    fc.nat({ max: 10_000_000 }),
  ),
);
const code = choice(['200000', '203238', '203033', '150002', '131016', '000000', '12345']);
const date = choice(['2023-12-21', '2023-12-22', '2024-03-27', '2026-02-30', 'R6.3.1']);
const place = record({ document: choice(POLICY_DOCUMENTS), location: fc.string({ maxLength: 4 }) });
const names = choice(['GX', '多文化共生', '']);

const trainingDraft = record({
  applicant: record({ dantaiCode: code }),
  fiscalYear: orJunk(fc.integer({ min: 1980, max: 2100 })),
  trainingKind: choice(TRAINING_KINDS),
  policy: record({ name: names, adoptedDate: date, implementationPlanName: names }),
  challenges: rows(record({ name: names, policyPlace: place })),
  programmes: rows(
    record({
      name: names,
      challengeName: names,
      staffTarget: orJunk(fc.integer({ min: -2, max: 200_000 })),
      contentPlace: place,
      targetPlace: place,
      wideAreaStated: orJunk(fc.boolean()),
    }),
  ),
  participants: rows(
    record({
      dantaiCode: code,
      staffTarget: orJunk(fc.nat({ max: 50 })),
      meetsRequirements: orJunk(fc.boolean()),
    }),
  ),
  costItems: rows(record({ category: choice(COST_CATEGORIES), amount })),
});

/** Every amount is whole 円; the lines obey their rate; totals add up and follow 第22条. */
function assertSound(result: ClaimResult): void {
  let sum = 0;
  for (const line of result.lines) {
    assert.ok(Number.isSafeInteger(line.base) && line.base >= 0, line.id);
    assert.equal(line.amount, applyRate(line.base, line.rate), line.id);
    assert.equal(line.cap, null);
    assert.doesNotMatch(line.explanation, /NaN|Infinity|undefined|null/);
    sum = Math.min(sum + line.amount, Number.MAX_SAFE_INTEGER);
  }
  assert.equal(result.referenceTotals.yen, sum);
  assert.equal(result.totals.yen, result.claimable ? sum : 0);
  assert.equal(result.totals.thousandYen, toThousandYen(result.totals.yen));
  assert.equal(result.claimable, result.claimable && result.issues.length === 0);
}

describe('研修の算定と検査に、入力途中のどんなデータを渡しても', () => {
  it('算定は例外を出さず、金額は 0 以上の整数で、合計は行の和', () => {
    fc.assert(
      fc.property(trainingDraft, (data) => assertSound(calculateTraining(data as never))),
      { numRuns: 2_000 },
    );
  });

  it('schema の検査も例外を出さず、結果を返す', () => {
    fc.assert(
      fc.property(trainingDraft, (data) => {
        const result = trainingClaimContract.validator.safeParse(data);
        assert.equal(typeof result.success, 'boolean');
      }),
      { numRuns: 1_000 },
    );
  });

  it('オブジェクトでない値（null・数・文字列・配列）でも算定と検査が答える', () => {
    for (const value of [null, undefined, 0, 'x', [], [1], true]) {
      const result = calculateTraining(value as never);
      assert.deepEqual([result.lines, result.claimable], [[], false]);
      assert.equal(trainingClaimContract.validator.safeParse(value).success, false);
    }
  });

  it('例の一部だけを残した下書き（手順の途中）でも答える', () => {
    const full = trainingExample('prefecture-wide-area-three-municipalities.json') as Record<
      string,
      unknown
    >;
    const keys = Object.keys(full);
    fc.assert(
      fc.property(fc.subarray(keys), (kept) => {
        const draft = Object.fromEntries(kept.map((key) => [key, full[key]]));
        assertSound(calculateTraining(draft));
        trainingClaimContract.validator.safeParse(draft);
      }),
      { numRuns: 300 },
    );
  });
});
