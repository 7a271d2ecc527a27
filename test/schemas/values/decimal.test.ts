import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDecimal, parseDecimal } from '../../../schemas/src/values/decimal.ts';

const value = (text: string) => {
  const result = parseDecimal(text);
  return result.ok ? result.value : result.message;
};

describe('小数の数量（延床面積）', () => {
  it('「3,280.15」「３２８０．１５㎡」「3280.15m2」は 3280.15 になる', () => {
    assert.equal(value('3,280.15'), 3280.15);
    assert.equal(value('３２８０．１５㎡'), 3280.15);
    assert.equal(value('3280.15m2'), 3280.15);
    assert.equal(value(' 11230 '), 11230);
  });
  it('負の数・小数点以下3桁・数でないものは理由を添えて断る', () => {
    assert.match(String(value('-5')), /0以上/);
    assert.match(String(value('1.234')), /2桁まで/);
    assert.match(String(value('約3000')), /数として読めません/);
    assert.match(String(value('')), /入力してください/);
  });
  it('表示は桁区切りつきで、読み戻すと同じ数になる', () => {
    assert.equal(formatDecimal(3280.15), '3,280.15');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (hundredths) => {
        const n = hundredths / 100;
        return parseDecimal(formatDecimal(n)).ok && value(formatDecimal(n)) === n;
      }),
    );
  });
});
