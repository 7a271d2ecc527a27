// 集約化等完了年度 (SPEC §2.2) follows from one date the form asks once: the 集約先's 供用開始日,
// or for a 機能統合 (no new building) the day the integration was decided. It is derived here,
// never asked, so the step, the calculator, the rules and the PDF agree on one value.

import type { ConsolidationInitiative } from '../forms/consolidation-claim.ts';
import type { CompletionBasis } from '../forms/consolidation-claim-choices.ts';
import { fiscalYearOf } from '../values/index.ts';
import { type DraftData, isDate, isFiscalYear } from './draft-data.ts';

type Draft = DraftData<ConsolidationInitiative>;

/** What the 完了年度 is decided from, the question that asks it, and (when known) the year. */
export interface Completion {
  basis: CompletionBasis;
  /** The path of the date the year follows from, relative to the 取組. */
  datePath: string;
  date?: string;
  fiscalYear?: number;
}

/** The 集約化等完了年度 of one (draft) 取組 and where it comes from. */
export function completionOf(data: Draft): Completion {
  const integration = data.method === '機能統合';
  const basis: CompletionBasis = integration ? '機能統合の決定日' : '供用開始日';
  const datePath = integration ? 'integrationDecisionDate' : 'targetFacility.serviceStartDate';
  // A 集約先 left over from before 「未定」 was chosen does not decide the year.
  const targetDate =
    data.targetDecided === false ? undefined : data.targetFacility?.serviceStartDate;
  const date = integration ? data.integrationDecisionDate : targetDate;
  if (!isDate(date)) return { basis, datePath };
  const fiscalYear = fiscalYearOf(date);
  return isFiscalYear(fiscalYear)
    ? { basis, datePath, date, fiscalYear }
    : { basis, datePath, date };
}

/** The 集約化等完了年度, or undefined while its date is missing. */
export function completionFiscalYear(data: Draft): number | undefined {
  return completionOf(data).fiscalYear;
}
