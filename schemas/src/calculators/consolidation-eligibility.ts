// What the consolidation measure refuses, as issues with reasons (never exceptions).
import type { Consolidation } from '../forms/consolidation-claim.ts';
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import { type ConsolidationRules, consolidationRules } from '../rules/consolidation-rules.ts';
import { rulesFor } from '../rules/rules-for.ts';
import { formatFiscalYear, formatYen } from '../values/index.ts';
import type { EligibilityIssue } from './claim-result.ts';
import { completionFiscalYear } from './completion-year.ts';
import { addAmounts, amountOf, type DraftData, isFiscalYear, rows } from './draft-data.ts';

type Draft = DraftData<Consolidation>;

function issue(
  path: string,
  code: Parameters<typeof formatConsolidationMessage>[0],
  params: Readonly<Record<string, string | number>> = {},
): EligibilityIssue {
  return { code, path, message: formatConsolidationMessage(code, params) };
}

/** 団体 taking part, the applicant included, each counted once. */
export function partyCount(data: Draft): number {
  const codes = new Set(rows(data.otherParties).map((party) => party.dantaiCode));
  codes.delete(undefined);
  codes.delete(data.applicant?.dantaiCode);
  return codes.size + 1;
}

/** 複数団体: at least the table's minimum of 団体, the applicant included. */
function partyIssues(data: Draft, rules: ConsolidationRules): EligibilityIssue[] {
  if (!Array.isArray(data.otherParties)) return [];
  return partyCount(data) < rules.minimumParties.value
    ? [issue('otherParties', 'consolidation.singleDantai', { minimum: rules.minimumParties.value })]
    : [];
}

/** 円滑化経費 excludes facilities of the table's excluded types (公営住宅, 公営企業). */
function excludedFacilityIssues(data: Draft, rules: ConsolidationRules): EligibilityIssue[] {
  const excluded = rules.smoothing.excludedFacilityTypes;
  const facilities = [
    ...rows(data.sourceFacilities).map((facility, index) => ({
      path: `sourceFacilities.${index}.type`,
      type: facility.type,
    })),
    { path: 'targetFacility.type', type: data.targetFacility?.type },
  ];
  return facilities.flatMap(({ path, type }) => {
    const rule = excluded.find((e) => e.type === type);
    return rule ? [issue(path, 'consolidation.excludedFacility', { reason: rule.reason })] : [];
  });
}

/** The fiscal years 円滑化経費 may be claimed in: from the 完了年度, for the table's number of years. */
export function smoothingWindow(
  completionYear: number,
  rules: ConsolidationRules,
): { first: number; last: number } {
  return {
    first: completionYear,
    last: completionYear + rules.smoothing.windowFiscalYears.value - 1,
  };
}

/** Outside the window: reported where 円滑化経費 is claimed (the 完了年度 is derived, not asked). */
function windowIssues(
  completionYear: number,
  fiscalYear: number,
  rules: ConsolidationRules,
): EligibilityIssue[] {
  const { first, last } = smoothingWindow(completionYear, rules);
  const params = {
    completion: formatFiscalYear(first),
    last: formatFiscalYear(last),
    years: rules.smoothing.windowFiscalYears.value,
    fiscalYear: formatFiscalYear(fiscalYear),
  };
  if (fiscalYear < first) return [issue('stages', 'consolidation.beforeWindow', params)];
  if (fiscalYear > last) return [issue('stages', 'consolidation.afterWindow', params)];
  return [];
}

/** 円滑化経費 already received for this consolidation within the window, before this fiscal year. */
export function earlierSmoothingTotal(
  data: Draft,
  completionYear: number,
  fiscalYear: number,
): number {
  let total = 0;
  for (const receipt of rows(data.earlierReceipts)) {
    const year = receipt.fiscalYear;
    if (isFiscalYear(year) && year >= completionYear && year < fiscalYear) {
      total = addAmounts(total, amountOf(receipt.amount));
    }
  }
  return total;
}

/** Issues of the 円滑化経費 stage: excluded facility types, the 5-year window, a used-up cap. */
export function smoothingIssues(
  data: Draft,
  rules: ConsolidationRules,
  fiscalYear: number,
): EligibilityIssue[] {
  const issues = excludedFacilityIssues(data, rules);
  const completionYear = completionFiscalYear(data);
  if (!isFiscalYear(completionYear)) return issues;
  issues.push(...windowIssues(completionYear, fiscalYear, rules));
  const cap = rules.smoothing.capPerConsolidation.value;
  const earlier = earlierSmoothingTotal(data, completionYear, fiscalYear);
  if (issues.length === 0 && earlier >= cap) {
    issues.push(
      issue('earlierReceipts', 'consolidation.cumulativeCapReached', {
        earlier: formatYen(earlier),
        cap: formatYen(cap),
      }),
    );
  }
  return issues;
}

/** Issues of the whole claim: 複数団体. */
export function consolidationClaimIssues(
  data: Draft,
  rules: ConsolidationRules,
): EligibilityIssue[] {
  return partyIssues(data, rules);
}

/** True when the claim covers `stage`. */
export function claimsStage(data: Draft, stage: '調査検討経費' | '円滑化経費'): boolean {
  return Array.isArray(data.stages) && data.stages.includes(stage);
}

/** Every eligibility issue of a (possibly incomplete) consolidation claim. */
export function consolidationEligibility(data: Draft): EligibilityIssue[] {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return [];
  const lookup = rulesFor(consolidationRules, fiscalYear);
  if (!lookup.ok) return [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
  const { rules } = lookup;
  return [
    ...consolidationClaimIssues(data, rules),
    ...(claimsStage(data, '円滑化経費') ? smoothingIssues(data, rules, fiscalYear) : []),
  ];
}
