import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokyoDate, tokyoTime } from '../../../schemas/src/values/tokyo-date.ts';

describe('日本時間の日付 (tokyoDate)', () => {
  it('UTC 23:30 は日本では翌日の 8:30', () => {
    const moment = new Date('2026-11-30T23:30:00Z');
    assert.equal(tokyoDate(moment), '2026-12-01');
    assert.equal(tokyoTime(moment), '08:30');
  });
  it('UTC 14:59 は日本ではまだ同じ日、15:00 から翌日', () => {
    assert.equal(tokyoDate(new Date('2026-03-31T14:59:59Z')), '2026-03-31');
    assert.equal(tokyoDate(new Date('2026-03-31T15:00:00Z')), '2026-04-01');
  });
});
