import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  fiscalYearEnd,
  fiscalYearOf,
  fiscalYearStart,
  formatFiscalYear,
  formatFiscalYearWithSeireki,
  parseFiscalYear,
} from '../../../schemas/src/values/fiscal-year.ts';

const yearOf = (text: string) => {
  const result = parseFiscalYear(text);
  assert.ok(result.ok, `「${text}」 should parse: ${result.ok ? '' : result.message}`);
  return result.value;
};
const messageOf = (text: string) => {
  const result = parseFiscalYear(text);
  assert.ok(!result.ok, `「${text}」 should be refused`);
  return result.message;
};

describe('年度の入力と表示', () => {
  for (const [text, fy] of [
    ['令和8年度', 2026],
    ['R8', 2026],
    ['r8年度', 2026],
    ['2026', 2026],
    ['2026年度', 2026],
    ['２０２６年度', 2026],
    ['令和元年度', 2019],
    ['平成31年度', 2019],
    ['平成30年度', 2018],
  ] as const) {
    it(`「${text}」 は ${fy}年度`, () => assert.equal(yearOf(text), fy));
  }
  it('2026 は 令和8年度、2019 は 令和元年度、2018 は 平成30年度', () => {
    assert.equal(formatFiscalYear(2026), '令和8年度');
    assert.equal(formatFiscalYear(2019), '令和元年度');
    assert.equal(formatFiscalYear(2018), '平成30年度');
  });
  it('画面では和暦に西暦を添えて「令和8年度（2026年度）」', () => {
    assert.equal(formatFiscalYearWithSeireki(2026), '令和8年度（2026年度）');
    assert.equal(formatFiscalYearWithSeireki(2019), '令和元年度（2019年度）');
  });
  it('「平成32年度」 はなく、令和2年度のことかと尋ねる', () => {
    assert.match(messageOf('平成32年度'), /令和2年度/);
  });
  it('元号のない「8」には元号を付けるよう言う', () => assert.match(messageOf('8'), /元号を付けて/));
  it('空欄と読めない入力は例を添えて断る', () => {
    assert.match(messageOf(''), /例：/);
    assert.match(messageOf('来年度'), /令和8年度/);
  });
  it('平成より前の年度は扱えないと言う', () => assert.match(messageOf('1988'), /より前の年度/));
  it('2027-03-31 は 2026年度、2027-04-01 は 2027年度', () => {
    assert.equal(fiscalYearOf('2027-03-31'), 2026);
    assert.equal(fiscalYearOf('2027-04-01'), 2027);
  });
  it('2026年度は 2026-04-01 から 2027-03-31 まで', () => {
    assert.equal(fiscalYearStart(2026), '2026-04-01');
    assert.equal(fiscalYearEnd(2026), '2027-03-31');
  });
});

describe('年度の性質 (fast-check)', () => {
  const fiscalYear = fc.integer({ min: 1989, max: 2099 });
  it('parseFiscalYear(formatFiscalYear(x)) === x, 西暦でも同じ', () => {
    fc.assert(
      fc.property(
        fiscalYear,
        (fy) => yearOf(formatFiscalYear(fy)) === fy && yearOf(String(fy)) === fy,
      ),
    );
  });
  it('年度の初日と末日はその年度に属し、翌日は次の年度', () => {
    fc.assert(
      fc.property(
        fiscalYear,
        (fy) =>
          fiscalYearOf(fiscalYearStart(fy)) === fy &&
          fiscalYearOf(fiscalYearEnd(fy)) === fy &&
          fiscalYearOf(fiscalYearStart(fy + 1)) === fy + 1,
      ),
    );
  });
  it('年度末日は何度尋ねても Date で数えた前日と同じ', () => {
    const reference = (fy: number) => {
      const nextStart = new Date(`${fiscalYearStart(fy + 1)}T00:00:00Z`);
      nextStart.setUTCDate(nextStart.getUTCDate() - 1);
      return nextStart.toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9998 }),
        (fy) => fiscalYearEnd(fy) === reference(fy) && fiscalYearEnd(fy) === reference(fy),
      ),
    );
    assert.throws(() => fiscalYearEnd(Number.NaN), RangeError);
  });
  it('どんな文字列でも例外を投げず、年度か空でないメッセージを返す', () => {
    const check = (text: string) => {
      const result = parseFiscalYear(text);
      return result.ok ? Number.isInteger(result.value) : result.message.length > 0;
    };
    fc.assert(fc.property(fc.string(), check));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check));
  });
});
