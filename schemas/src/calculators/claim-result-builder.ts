import type { RuleParameter } from '../rules/rule-parameter.ts';
import { toThousandYen } from '../values/index.ts';
import type {
  ClaimLine,
  ClaimNote,
  ClaimParameters,
  ClaimResult,
  EligibilityIssue,
  UsedParameter,
} from './claim-result.ts';
import { addAmounts } from './draft-data.ts';

const totalsOf = (yen: number) => ({ yen, thousandYen: toThousandYen(yen) });

/**
 * A result whose totals are the sum of its lines, in 円 and in 千円 (地方交付税法 第22条); claimable
 * only without eligibility issues (and with at least the fiscal year known).
 */
export function claimResult(
  lines: readonly ClaimLine[],
  issues: readonly EligibilityIssue[],
  notes: readonly ClaimNote[],
  parameters: ClaimParameters,
): ClaimResult {
  const total = lines.reduce((sum, line) => addAmounts(sum, line.amount), 0);
  const claimable = issues.length === 0 && parameters.ruleTitle !== null;
  return {
    lines,
    claimable,
    totals: totalsOf(claimable ? total : 0),
    referenceTotals: totalsOf(total),
    issues,
    notes,
    parameters,
  };
}

/** `result` for data the schema refused: nothing claimable, the lines kept as 参考. */
export function withSchemaValidity(result: ClaimResult, valid: boolean): ClaimResult {
  if (valid || !result.claimable) return result;
  return { ...result, claimable: false, totals: totalsOf(0) };
}

/** A rule parameter as shown to the user, with its source and note. */
export function usedParameter<T>(
  label: string,
  value: string,
  parameter: RuleParameter<T>,
  overridden = false,
): UsedParameter {
  return {
    label,
    value,
    source: parameter.source,
    ...(parameter.note === undefined ? {} : { note: parameter.note }),
    ...(overridden ? { overridden: true } : {}),
  };
}

/** Parameters of a claim whose fiscal year is not known yet or not covered by the measure. */
export function noParameters(fiscalYear: number | null, fiscalYearLabel: string): ClaimParameters {
  return { fiscalYear, fiscalYearLabel, ruleTitle: null, used: [] };
}
