import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  dantaiCheckDigit,
  isValidDantaiCode,
  parseDantaiCode,
} from '../../../schemas/src/values/dantai-code.ts';

describe('全国地方公共団体コードの検査数字', () => {
  for (const [code, name] of [
    ['131016', '千代田区'],
    ['131041', '新宿区'],
    ['131130', '渋谷区'],
    ['010006', '北海道'],
  ] as const) {
    it(`${name} ${code} の6桁目は ${code[5]}`, () => {
      assert.equal(dantaiCheckDigit(code.slice(0, 5)), Number(code[5]));
      assert.ok(isValidDantaiCode(code));
    });
  }
  it('6桁目が違えば無効', () => assert.ok(!isValidDantaiCode('131017')));
  it('6桁の数字でなければ無効', () => {
    assert.ok(!isValidDantaiCode('13101'));
    assert.ok(!isValidDantaiCode('13101a'));
  });
  it('検査数字を1つだけ変えると必ず無効になる', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), fc.integer({ min: 1, max: 9 }), (first5, shift) => {
        const digit = (dantaiCheckDigit(first5) + shift) % 10;
        return (
          isValidDantaiCode(first5 + dantaiCheckDigit(first5)) && !isValidDantaiCode(first5 + digit)
        );
      }),
    );
  });
});

describe('団体コードの入力 (parseDantaiCode)', () => {
  it('全角数字でも読める', () =>
    assert.deepEqual(parseDantaiCode('１３１０１６'), { ok: true, value: '131016' }));
  it('5桁なら6桁で入れるよう言い、正しい6桁を示す', () => {
    const result = parseDantaiCode('13101');
    assert.ok(!result.ok && /6桁/.test(result.message) && result.message.includes('131016'));
  });
  it('検査数字が合わなければ6桁目が違うと言う', () => {
    const result = parseDantaiCode('131017');
    assert.ok(
      !result.ok && /6桁目（検査数字）/.test(result.message) && /6桁目は 6/.test(result.message),
    );
  });
  it('空欄・数字以外・桁数違いはそれぞれ理由を言う', () => {
    const messages = ['', '千代田区', '1310161'].map((text) => {
      const result = parseDantaiCode(text);
      assert.ok(!result.ok);
      return result.message;
    });
    assert.equal(new Set(messages).size, 3);
  });
  it('どんな文字列でも例外を投げない', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseDantaiCode(text);
        return result.ok ? isValidDantaiCode(result.value) : result.message.length > 0;
      }),
    );
  });
});
