import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatThousandYen,
  formatYen,
  formatYenAmount,
  parseYen,
  toThousandYen,
} from '../../../schemas/src/values/yen.ts';

const yenOf = (text: string) => {
  const result = parseYen(text);
  assert.ok(result.ok, `「${text}」 should parse: ${result.ok ? '' : result.message}`);
  return result.value;
};
const messageOf = (text: string) => {
  const result = parseYen(text);
  assert.ok(!result.ok, `「${text}」 should be refused`);
  return result.message;
};

describe('金額の入力 (parseYen)', () => {
  for (const [text, expected] of [
    ['6,000,000', 6_000_000],
    ['６，０００，０００', 6_000_000],
    ['600万', 6_000_000],
    ['600万円', 6_000_000],
    ['6,000千円', 6_000_000],
    ['1億2,000万円', 120_000_000],
    ['12万5千円', 125_000],
    ['1.5万', 15_000],
    [' ￥1,000 ', 1_000],
    ['0', 0],
  ] as const) {
    it(`「${text}」 と入力すると ${formatYen(expected)}円 になる`, () => {
      assert.equal(yenOf(text), expected);
    });
  }

  it('空欄は入力を促す', () => assert.match(messageOf('  '), /金額を入力してください/));
  it('マイナスの金額は断る', () => {
    assert.match(messageOf('-5,000'), /マイナス/);
    assert.match(messageOf('▲5,000'), /マイナス/);
  });
  it('1円未満の端数は断る（「1.5円」）', () => assert.match(messageOf('1.5円'), /1円未満/));
  it('Number.MAX_SAFE_INTEGER を超える金額は断る', () => {
    assert.equal(yenOf(String(Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
    assert.match(messageOf('9007199254740992'), /大きすぎます/);
  });
  it('読めない入力は例を添えて断る', () => assert.match(messageOf('たくさん'), /例：/));
  it('カンマの位置がおかしいと言う', () => assert.match(messageOf('60,00,000'), /カンマ/));
  it('単位が小さい順だと言う', () => {
    assert.match(messageOf('5千12万'), /単位の順番/);
    assert.match(messageOf('1万20000'), /単位の順番/);
  });
  it('each refusal has its own message', () => {
    const messages = ['', '-1', '1.5円', '9007199254740992', 'abc', '1,00', '5千1万'].map(
      messageOf,
    );
    assert.equal(new Set(messages).size, messages.length);
  });
});

describe('金額の表示 (formatYen, toThousandYen)', () => {
  it('6000000 は 6,000,000 と表示する', () => assert.equal(formatYen(6_000_000), '6,000,000'));
  it('999 は区切らない', () => assert.equal(formatYen(999), '999'));
  it('端数のある数は円ではないので例外', () => assert.throws(() => formatYen(1.5), RangeError));
  it('千円単位は500円未満切捨て・500円以上切上げ（地方交付税法第22条）', () => {
    assert.equal(toThousandYen(6_000_499), 6000);
    assert.equal(toThousandYen(6_000_500), 6001);
    assert.equal(toThousandYen(0), 0);
    assert.equal(toThousandYen(499), 0);
    assert.equal(toThousandYen(500), 1);
  });
  it('円の金額は「6,000,000円」、千円は丸めて「6,001千円」と書く', () => {
    assert.equal(formatYenAmount(6_000_000), '6,000,000円');
    assert.equal(formatYenAmount(0), '0円');
    assert.equal(formatThousandYen(6_000_499), '6,000千円');
    assert.equal(formatThousandYen(6_000_500), '6,001千円');
    assert.equal(formatThousandYen(1_234_567_890), '1,234,568千円');
    assert.throws(() => formatYenAmount(0.5), RangeError);
  });
});

describe('金額の性質 (fast-check)', () => {
  const yen = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
  it('parseYen(formatYen(x)) === x', () => {
    fc.assert(fc.property(yen, (x) => yenOf(formatYen(x)) === x));
  });
  it('万・千円で書いても同じ額になる', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900_000_000_000 }),
        (man) => yenOf(`${man}万円`) === man * 10_000,
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900_000_000_000 }),
        (sen) => yenOf(`${formatYen(sen)}千円`) === sen * 1000,
      ),
    );
  });
  it('toThousandYen: 1,000倍との差は -500 より大きく 500 以下、切上げは 500円以上のときだけ', () => {
    fc.assert(
      fc.property(yen, (x) => {
        const thousands = toThousandYen(x);
        const difference = thousands * 1000 - x;
        return difference > -500 && difference <= 500 && difference > 0 === x % 1000 >= 500;
      }),
    );
  });
  it('どんな文字列でも例外を投げず、値か空でないメッセージを返す', () => {
    const check = (text: string) => {
      const result = parseYen(text);
      return result.ok
        ? Number.isSafeInteger(result.value) && result.value >= 0
        : result.message.length > 0;
    };
    fc.assert(fc.property(fc.string(), check));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check));
    fc.assert(fc.property(fc.stringMatching(/^[-\d.,万千億兆円 ]{0,12}$/), check));
  });
});
