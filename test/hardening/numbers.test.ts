// Amounts at and around every cap of both measures, 0, 1円 and Number.MAX_SAFE_INTEGER: every
// line and total is exactly what BigInt arithmetic gives, and 千円 rounds at 499/500.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ClaimResult,
  calculateConsolidation,
  calculateSpecialistDispatch,
  consolidationRules as consolidationTable,
  specialistDispatchRules as dispatchTable,
  formatYen,
  parseYen,
  type Rate,
  rulesFor,
  toThousandYen,
} from '@koiki/schemas';
import fc from 'fast-check';
import { runs } from './typed-text.ts';

const fiscalYear = 2026;
const M = Number.MAX_SAFE_INTEGER;
const dispatchRules = rulesFor(dispatchTable, fiscalYear);
const consolidationRules = rulesFor(consolidationTable, fiscalYear);
assert.ok(dispatchRules.ok && consolidationRules.ok);
const dispatch = dispatchRules.rules;
const consolidation = consolidationRules.rules;

/** min(floor(base × rate), cap) in BigInt: the answer every line must give exactly. */
function expectedAmount(base: number, rate: Rate, cap: number): number {
  const rated = (BigInt(base) * BigInt(rate.numerator)) / BigInt(rate.denominator);
  return Number(rated < BigInt(cap) ? rated : BigInt(cap));
}

/** 千円 by 地方交付税法 第22条 in BigInt: under 500円 dropped, 500円 or more counts as 1,000円. */
function expectedThousand(yen: number): number {
  const value = BigInt(yen);
  return Number(value / 1000n + (value % 1000n >= 500n ? 1n : 0n));
}

/** The smallest base whose rated amount reaches `cap`. */
const baseAtCap = (rate: Rate, cap: number) => Math.ceil((cap * rate.denominator) / rate.numerator);

/** 0, 1円, the largest safe integer, and one below, at and one above the base that hits the cap. */
function basesAround(rate: Rate, cap: number): number[] {
  const at = baseAtCap(rate, cap);
  return [0, 1, at - 1, at, at + 1, M - 1, M];
}

function onlyLine(result: ClaimResult, id: string) {
  const line = result.lines.find((l) => l.id === id);
  assert.ok(line, `line ${id} in ${JSON.stringify(result.issues)}`);
  assert.equal(result.totals.yen, line.amount);
  assert.equal(result.totals.thousandYen, expectedThousand(line.amount));
  assert.doesNotMatch(JSON.stringify(result), /NaN|Infinity|null,"thousandYen"/);
  return line;
}

describe('専門人材派遣: 上限の前後・0円・1円・最大値で金額が整数で正確', () => {
  const rate = dispatch.rate.value;
  const recruitmentCap = dispatch.recruitmentCapPerDantai.value;
  const personCap = dispatch.personCap.value;

  for (const base of basesAround(rate, recruitmentCap)) {
    it(`募集経費 ${formatYen(base)}円 → ${formatYen(expectedAmount(base, rate, recruitmentCap))}円`, () => {
      const result = calculateSpecialistDispatch({
        fiscalYear,
        role: '派遣元',
        recruitmentItems: [{ amount: base }],
      });
      const line = onlyLine(result, 'recruitment');
      assert.equal(line.amount, expectedAmount(base, rate, recruitmentCap));
      assert.equal(line.capped, expectedAmount(base, rate, M) > recruitmentCap);
    });
  }

  for (const base of basesAround(rate, personCap)) {
    it(`人件費 ${formatYen(base)}円（派遣元）→ ${formatYen(expectedAmount(base, rate, personCap))}円`, () => {
      const result = calculateSpecialistDispatch({
        fiscalYear,
        role: '派遣元',
        posts: [{ occupation: '保健師', dispatchForm: 'その他', personnelCost: base }],
      });
      assert.equal(
        onlyLine(result, 'posts.0.personnel').amount,
        expectedAmount(base, rate, personCap),
      );
    });

    it(`負担金 ${formatYen(base)}円（派遣先・自治法派遣の初年度）→ ${formatYen(expectedAmount(base, rate, personCap))}円`, () => {
      const result = calculateSpecialistDispatch({
        fiscalYear,
        role: '派遣先',
        posts: [
          {
            occupation: '保健師',
            dispatchForm: '自治法派遣',
            // First dispatched on the first day of the claim year: its 派遣初年度.
            periodFrom: `${fiscalYear}-04-01`,
            contribution: base,
          },
        ],
      });
      assert.equal(
        onlyLine(result, 'posts.0.contribution').amount,
        expectedAmount(base, rate, personCap),
      );
    });
  }

  it('人件費から負担金を引いた額が上限の前後でも正確（負担金が人件費を超えると 0円）', () => {
    const at = baseAtCap(rate, personCap);
    fc.assert(
      fc.property(fc.nat({ max: M }), fc.integer({ min: -2, max: 2 }), (contribution, shift) => {
        const cost = Math.min(M, contribution + at + shift);
        const result = calculateSpecialistDispatch({
          fiscalYear,
          role: '派遣元',
          posts: [
            { occupation: '保健師', dispatchForm: 'その他', personnelCost: cost, contribution },
          ],
        });
        const base = Math.max(0, cost - contribution);
        assert.equal(
          onlyLine(result, 'posts.0.personnel').amount,
          expectedAmount(base, rate, personCap),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('募集経費が何件あっても（合計が最大値を超えても）上限以内の整数になる', () => {
    const items = Array.from({ length: 5 }, () => ({ amount: M }));
    const result = calculateSpecialistDispatch({
      fiscalYear,
      role: '派遣元',
      recruitmentItems: items,
    });
    const line = onlyLine(result, 'recruitment');
    assert.equal(line.amount, recruitmentCap);
    assert.ok(Number.isSafeInteger(line.base));
  });
});

describe('公共施設の集約化等: 上限の前後・0円・1円・最大値で金額が整数で正確', () => {
  const research = consolidation.research;
  const smoothing = consolidation.smoothing;
  const researchCap = research.capPerDantai.value;
  const smoothingCap = smoothing.capPerConsolidation.value;

  for (const base of basesAround(research.rate.value, researchCap)) {
    it(`調査検討経費 ${formatYen(base)}円 → ${formatYen(expectedAmount(base, research.rate.value, researchCap))}円`, () => {
      const result = calculateConsolidation({
        fiscalYear,
        initiatives: [{ stages: ['調査検討経費'], researchItems: [{ amount: base }] }],
      });
      assert.equal(
        onlyLine(result, 'initiatives.0.research').amount,
        expectedAmount(base, research.rate.value, researchCap),
      );
    });
  }

  for (const base of basesAround(smoothing.rate.value, smoothingCap)) {
    it(`円滑化経費 ${formatYen(base)}円 → ${formatYen(expectedAmount(base, smoothing.rate.value, smoothingCap))}円`, () => {
      const result = calculateConsolidation({
        fiscalYear,
        initiatives: [
          {
            stages: ['円滑化経費'],
            targetDecided: true,
            targetFacility: { serviceStartDate: `${fiscalYear}-04-01` },
            smoothingItems: [{ amount: base }],
          },
        ],
      });
      assert.equal(
        onlyLine(result, 'initiatives.0.smoothing').amount,
        expectedAmount(base, smoothing.rate.value, smoothingCap),
      );
    });
  }

  for (const earlier of [0, 1, smoothingCap - 1]) {
    const remaining = smoothingCap - earlier;
    it(`前年度までに ${formatYen(earlier)}円 受けていれば、残り ${formatYen(remaining)}円 の前後で正確`, () => {
      for (const base of basesAround(smoothing.rate.value, remaining)) {
        const result = calculateConsolidation({
          fiscalYear,
          initiatives: [
            {
              stages: ['円滑化経費'],
              targetDecided: true,
              targetFacility: { serviceStartDate: `${fiscalYear - 1}-04-01` },
              earlierReceipts: [{ fiscalYear: fiscalYear - 1, amount: earlier }],
              smoothingItems: [{ amount: base }],
            },
          ],
        });
        const line = onlyLine(result, 'initiatives.0.smoothing');
        assert.equal(line.cap, remaining);
        assert.equal(line.amount, expectedAmount(base, smoothing.rate.value, remaining), `${base}`);
      }
    });
  }

  for (const earlier of [smoothingCap, smoothingCap + 1, M]) {
    it(`前年度までに ${formatYen(earlier)}円 受けていれば、上限に達したと伝え、金額は出さない`, () => {
      const result = calculateConsolidation({
        fiscalYear,
        initiatives: [
          {
            stages: ['円滑化経費'],
            targetDecided: true,
            targetFacility: { serviceStartDate: `${fiscalYear - 1}-04-01` },
            earlierReceipts: [{ fiscalYear: fiscalYear - 1, amount: earlier }],
            smoothingItems: [{ amount: M }],
          },
        ],
      });
      assert.deepEqual(result.lines, []);
      assert.deepEqual(
        result.issues.map((i) => i.code),
        ['consolidation.cumulativeCapReached'],
      );
      assert.equal(result.totals.yen, 0);
    });
  }
});

describe('金額の読み書きと千円単位', () => {
  it(`${formatYen(M)}円 までは読めて、1円でも超えると日本語で断る`, () => {
    assert.deepEqual(parseYen(formatYen(M)), { ok: true, value: M });
    assert.deepEqual(parseYen(`${formatYen(M - 1)}円`), { ok: true, value: M - 1 });
    for (const text of [
      '9,007,199,254,740,992',
      '9007199254740993',
      '1兆億',
      '90万0719億9254万740千992',
    ]) {
      const result = parseYen(text);
      assert.equal(result.ok, false, text);
      assert.ok(!result.ok && /金額|単位/.test(result.message), text);
    }
    assert.deepEqual(parseYen('0'), { ok: true, value: 0 });
    assert.deepEqual(parseYen('1円'), { ok: true, value: 1 });
  });

  it('千円単位は 499円 を切り捨て、500円 を切り上げる（0 から最大値まで BigInt と一致）', () => {
    for (const [yen, thousand] of [
      [0, 0],
      [1, 0],
      [499, 0],
      [500, 1],
      [999, 1],
      [1_000, 1],
      [6_000_499, 6_000],
      [6_000_500, 6_001],
    ] as const) {
      assert.equal(toThousandYen(yen), thousand, `${yen}`);
    }
    assert.equal(toThousandYen(M), expectedThousand(M));
    fc.assert(
      fc.property(
        fc.nat({ max: Math.floor(M / 1000) - 1 }),
        fc.constantFrom(0, 1, 499, 500, 501, 999),
        (k, r) => {
          const yen = k * 1000 + r;
          assert.equal(toThousandYen(yen), expectedThousand(yen));
          assert.ok(Number.isSafeInteger(toThousandYen(yen)));
        },
      ),
      runs,
    );
  });

  it('formatYen → parseYen は 0 から最大値までどの整数でも元に戻る（BigInt で作った値）', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(M) }), (value) => {
        const text = value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        assert.equal(formatYen(Number(value)), text);
        assert.deepEqual(parseYen(text), { ok: true, value: Number(value) });
      }),
      runs,
    );
  });
});
