import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  dateFromWarekiParts,
  formatJapaneseDate,
  formatWareki,
  formatWarekiWithSeireki,
  formatYearWithEra,
  isIsoDate,
  parseDate,
  warekiParts,
} from '../../../schemas/src/values/wareki.ts';

const dateOf = (text: string) => {
  const result = parseDate(text);
  assert.ok(result.ok, `「${text}」 should parse: ${result.ok ? '' : result.message}`);
  return result.value;
};
const messageOf = (text: string) => {
  const result = parseDate(text);
  assert.ok(!result.ok, `「${text}」 should be refused`);
  return result.message;
};

describe('日付の入力 (parseDate)', () => {
  for (const [text, iso] of [
    ['令和8年11月23日', '2026-11-23'],
    ['R8.11.23', '2026-11-23'],
    ['r8/11/23', '2026-11-23'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和1年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['2026-11-23', '2026-11-23'],
    ['2026/11/23', '2026-11-23'],
    ['2026年11月23日', '2026-11-23'],
    ['２０２６年　１１月　２３日', '2026-11-23'],
    ['令和８年１１月２３日', '2026-11-23'],
    [' 令和 8 年 11 月 23 日 ', '2026-11-23'],
    ['20261123', '2026-11-23'],
  ] as const) {
    it(`「${text}」 は ${iso} になる`, () => assert.equal(dateOf(text), iso));
  }

  it('「令和元年4月30日」 は存在しないので、平成31年4月30日だったと言う', () => {
    assert.match(messageOf('令和元年4月30日'), /平成31年4月30日/);
  });
  it('「平成31年5月1日」 は令和元年5月1日だと言う', () => {
    assert.match(messageOf('平成31年5月1日'), /令和元年5月1日/);
  });
  it('2月30日はないと理由を添えて断る', () => {
    assert.match(messageOf('2026年2月30日'), /2月は28日までです/);
    assert.match(messageOf('令和8年2月29日'), /28日まで/);
    assert.equal(dateOf('令和10年2月29日'), '2028-02-29');
  });
  it('13月や0日はないと言う', () => {
    assert.match(messageOf('2026-13-01'), /13月はありません/);
    assert.match(messageOf('2026-04-00'), /4月0日/);
    assert.match(messageOf('2026-04-31'), /30日まで/);
  });
  it('令和0年はないと言う', () => assert.match(messageOf('令和0年1月1日'), /令和元年/));
  it('平成より前は扱えないと言う', () => {
    assert.match(messageOf('1989-01-07'), /より前の日付は入力できません/);
    assert.match(messageOf('昭和60年1月1日'), /平成より前/);
  });
  it('空欄と読めない入力は例を添えて断る', () => {
    assert.match(messageOf(''), /例：/);
    assert.match(messageOf('きのう'), /令和8年11月23日/);
  });
});

describe('日付の表示', () => {
  it('2026-11-23 は 令和8年11月23日', () =>
    assert.equal(formatWareki('2026-11-23'), '令和8年11月23日'));
  it('2019-05-01 は 令和元年5月1日', () =>
    assert.equal(formatWareki('2019-05-01'), '令和元年5月1日'));
  it('2019-04-30 は 平成31年4月30日', () =>
    assert.equal(formatWareki('2019-04-30'), '平成31年4月30日'));
  it('西暦を添えて 令和8年11月23日（2026年）', () => {
    assert.equal(formatWarekiWithSeireki('2026-11-23'), '令和8年11月23日（2026年）');
  });
  it('年は 2026年（令和8年）、2019年は 平成31年・令和元年', () => {
    assert.equal(formatYearWithEra(2026), '2026年（令和8年）');
    assert.equal(formatYearWithEra(2019), '2019年（平成31年・令和元年）');
    assert.equal(formatYearWithEra(2020), '2020年（令和2年）');
    assert.equal(formatYearWithEra(1989), '1989年（平成元年）');
  });
  it('warekiParts は元号・年・月・日に分ける', () => {
    assert.deepEqual(warekiParts('2026-11-23'), { era: '令和', year: 8, month: 11, day: 23 });
    assert.deepEqual(warekiParts('2019-04-30'), { era: '平成', year: 31, month: 4, day: 30 });
  });
  it('dateFromWarekiParts は日付を組み立て、ない日付は断る', () => {
    assert.deepEqual(dateFromWarekiParts({ era: '令和', year: 8, month: 11, day: 23 }), {
      ok: true,
      value: '2026-11-23',
    });
    const refused = dateFromWarekiParts({ era: '令和', year: 1, month: 4, day: 30 });
    assert.ok(!refused.ok && refused.message.includes('平成31年4月30日'));
  });
  it('平成より前の日付は西暦で書く (formatJapaneseDate)', () => {
    assert.equal(formatJapaneseDate('1956-09-01'), '1956年9月1日');
    assert.equal(formatJapaneseDate('2021-04-01'), '令和3年4月1日');
  });
  it('isIsoDate は実在する YYYY-MM-DD だけを認める', () => {
    assert.ok(isIsoDate('2028-02-29'));
    assert.ok(!isIsoDate('2026-02-29'));
    assert.ok(!isIsoDate('2026-2-1'));
  });
  it('isIsoDate は文字で読んでも、正規表現と Date で確かめた答えと同じ', () => {
    // The reading it replaced, kept here as the reference.
    const reference = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match) return false;
      const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return month >= 1 && month <= 12 && day >= 1 && day <= last;
    };
    const part = (width: number) =>
      fc.integer({ min: 0, max: 10 ** width - 1 }).map((n) => String(n).padStart(width, '0'));
    const dateLike = fc
      .tuple(part(4), fc.constantFrom('-', '/', '－'), part(2), fc.constantFrom('-', '.'), part(2))
      .map((parts) => parts.join(''));
    const texts = fc.oneof(
      dateLike,
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '0000-02-29',
        '1900-02-29',
        '2000-02-29',
        '2028-02-29 ',
        ' 2028-02-29',
        '2028-02-29\n',
        '２０２８-02-29',
        'x026-04-01',
        '202a-04-01',
        '2026-0a-01',
        '2026-04-0 ',
      ),
    );
    fc.assert(
      fc.property(texts, (text) => isIsoDate(text) === reference(text)),
      { numRuns: 5000 },
    );
  });
});

describe('日付の性質 (fast-check)', () => {
  const isoDate = fc
    .date({
      min: new Date('1989-01-08T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
  it('和暦で書いて読み直すと同じ日付 (parseDate(formatWareki(x)) === x)', () => {
    fc.assert(fc.property(isoDate, (iso) => dateOf(formatWareki(iso)) === iso));
  });
  it('西暦付きの表示・ISO・R略記からも同じ日付に戻る', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const { era, year, month, day } = warekiParts(iso);
        const initial = era === '令和' ? 'R' : 'H';
        return (
          dateOf(iso) === iso &&
          dateOf(`${initial}${year}.${month}.${day}`) === iso &&
          dateFromWarekiParts(warekiParts(iso)).ok
        );
      }),
    );
  });
  it('どんな文字列でも例外を投げず、日付か空でないメッセージを返す', () => {
    const check = (text: string) => {
      const result = parseDate(text);
      return result.ok ? isIsoDate(result.value) : result.message.length > 0;
    };
    fc.assert(fc.property(fc.string(), check));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check));
    fc.assert(
      fc.property(
        fc.stringMatching(/^(令和|平成|R|H)?[元\d]{0,4}[年./-]\d{0,2}[月./-]\d{0,3}日?$/),
        check,
      ),
    );
  });
});
