import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  consolidationFields,
  FIRST_FISCAL_YEAR,
  fiscalYearEnd,
  formatFiscalYear,
  isKnownFiscalYear,
  LAST_FISCAL_YEAR,
  parseFiscalYear,
} from '@koiki/schemas';

describe('年度の範囲はひとつ', () => {
  it('最初は和暦で書ける平成元年度、最後は年度末が4桁の ISO 日付に収まる9998年度', () => {
    assert.equal(formatFiscalYear(FIRST_FISCAL_YEAR), '平成元年度');
    assert.equal(fiscalYearEnd(LAST_FISCAL_YEAR), '9999-03-31');
  });

  it('入力の読み取りは範囲の両端を受け付け、その外を断る', () => {
    assert.deepEqual(parseFiscalYear(String(FIRST_FISCAL_YEAR)), {
      ok: true,
      value: FIRST_FISCAL_YEAR,
    });
    assert.deepEqual(parseFiscalYear(String(LAST_FISCAL_YEAR)), {
      ok: true,
      value: LAST_FISCAL_YEAR,
    });
    assert.equal(parseFiscalYear(String(FIRST_FISCAL_YEAR - 1)).ok, false);
    assert.equal(parseFiscalYear(String(LAST_FISCAL_YEAR + 1)).ok, false);
  });

  it('schema も同じ範囲で年度を検査し、範囲を日本語で示す', () => {
    // The field alone: a year the measure did not exist in is refused by the rule table, not here.
    const fiscalYearSchema = consolidationFields.shape.fiscalYear;
    const messageAt = (fiscalYear: number) =>
      fiscalYearSchema.safeParse(fiscalYear).error?.issues[0]?.message;
    assert.equal(messageAt(FIRST_FISCAL_YEAR), undefined);
    assert.equal(messageAt(LAST_FISCAL_YEAR), undefined);
    for (const outside of [FIRST_FISCAL_YEAR - 1, LAST_FISCAL_YEAR + 1]) {
      assert.equal(
        messageAt(outside),
        `年度は${FIRST_FISCAL_YEAR}から${LAST_FISCAL_YEAR}までの西暦の数（例：2026）で入力してください。`,
      );
    }
  });

  it('範囲の内と外を isKnownFiscalYear も同じに判定する', () => {
    assert.equal(isKnownFiscalYear(FIRST_FISCAL_YEAR), true);
    assert.equal(isKnownFiscalYear(LAST_FISCAL_YEAR), true);
    assert.equal(isKnownFiscalYear(FIRST_FISCAL_YEAR - 1), false);
    assert.equal(isKnownFiscalYear(LAST_FISCAL_YEAR + 1), false);
  });
});
