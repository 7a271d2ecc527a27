import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type DateBoxes,
  dateFromRaw,
  faultyBoxes,
} from '../../../packages/kit/src/fields/date-field/date-parts.ts';

const boxes = (year: string, month: string, day: string, era: DateBoxes['era'] = '令和') => ({
  era,
  year,
  month,
  day,
});

describe('日付の欄：どの欄が誤りか（faultyBoxes）', () => {
  it('正しい日付と、まだ何も入っていないときは、どの欄も誤りではない', () => {
    assert.deepEqual(faultyBoxes(boxes('8', '11', '23')), []);
    assert.deepEqual(faultyBoxes(boxes('', '', '')), []);
  });

  it('2月30日は日の欄だけ、13月は月の欄だけ', () => {
    assert.deepEqual(faultyBoxes(boxes('8', '2', '30')), ['day']);
    assert.deepEqual(faultyBoxes(boxes('8', '13', '1')), ['month']);
  });

  it('空の欄と数字でない欄は、その欄だけ', () => {
    assert.deepEqual(faultyBoxes(boxes('8', '', '23')), ['month']);
    assert.deepEqual(faultyBoxes(boxes('8', '11', 'あ')), ['day']);
    assert.deepEqual(faultyBoxes(boxes('', '', '23')), ['year', 'month']);
  });

  it('元号の範囲にない年（令和元年4月30日、平成32年）は年の欄', () => {
    assert.deepEqual(faultyBoxes(boxes('1', '4', '30')), ['year']);
    assert.deepEqual(faultyBoxes(boxes('32', '1', '1', '平成')), ['year']);
  });

  it('年の欄にまとめて入れて読めない文は、年の欄', () => {
    assert.deepEqual(faultyBoxes(boxes('R8.13.1', '', '')), ['year']);
  });
});

describe('下書きに残した文から日付を読む（dateFromRaw）', () => {
  it('「令和8年11月23日」は 2026-11-23、「令和8年2月30日」は理由つきで読めない', () => {
    assert.deepEqual(dateFromRaw('令和8年11月23日'), { ok: true, value: '2026-11-23' });
    const result = dateFromRaw('令和8年2月30日');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /2月は28日まで/);
  });
});
