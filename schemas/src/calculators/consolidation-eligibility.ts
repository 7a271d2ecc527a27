// What the consolidation measure refuses, 取組 by 取組, as issues with reasons (never exceptions).
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import { type ConsolidationRules, consolidationRules } from '../rules/consolidation-rules.ts';
import { rulesFor } from '../rules/rules-for.ts';
import { formatFiscalYear, formatYenAmount } from '../values/index.ts';
import type { EligibilityIssue } from './claim-result.ts';
import { completionFiscalYear } from './completion-year.ts';
import {
  type DraftConsolidation,
  type DraftInitiative,
  initiativesOf,
  type PlacedInitiative,
} from './consolidation-initiatives.ts';
import { addAmounts, amountOf, isFiscalYear, rows } from './draft-data.ts';

type ConsolidationMessageCode = Parameters<typeof formatConsolidationMessage>[0];

function issue(
  path: string,
  code: ConsolidationMessageCode,
  params: Readonly<Record<string, string | number>> = {},
): EligibilityIssue {
  return { code, path, message: formatConsolidationMessage(code, params) };
}

/** 団体 taking part in one 取組, the applicant included, each counted once. */
export function partyCount(
  initiative: DraftInitiative,
  applicant: { readonly dantaiCode?: string | undefined } | undefined,
): number {
  const codes = new Set(rows(initiative.otherParties).map((party) => party.dantaiCode));
  codes.delete(undefined);
  codes.delete(applicant?.dantaiCode);
  return codes.size + 1;
}

/** 複数団体: at least the table's minimum of 団体 in the 取組, the applicant included. */
function partyIssues(
  data: DraftConsolidation,
  { initiative, at }: PlacedInitiative,
  rules: ConsolidationRules,
): EligibilityIssue[] {
  if (!Array.isArray(initiative.otherParties)) return [];
  const minimum = rules.minimumParties.value;
  return partyCount(initiative, data.applicant) < minimum
    ? [issue(`${at}.otherParties`, 'consolidation.singleDantai', { minimum })]
    : [];
}

/** 「病院・診療所、水道、…、公営住宅」: the types 円滑化経費 excludes, as one text. */
export function excludedFacilityTypesText(rules: ConsolidationRules): string {
  return rules.smoothing.excludedFacilityTypes.map((rule) => rule.type).join('、');
}

/** 円滑化経費 excludes facilities of the kinds the table tags (地方公営企業, 公営住宅). */
function excludedFacilityIssues(
  { initiative, at }: PlacedInitiative,
  rules: ConsolidationRules,
): EligibilityIssue[] {
  const facilities = rows(initiative.sourceFacilities).map((facility, index) => ({
    path: `${at}.sourceFacilities.${index}.type`,
    type: facility.type,
  }));
  if (initiative.targetDecided === true) {
    facilities.push({ path: `${at}.targetFacility.type`, type: initiative.targetFacility?.type });
  }
  return facilities.flatMap(({ path, type }) => {
    const excluded = rules.smoothing.excludedFacilityTypes.find((rule) => rule.type === type);
    return excluded
      ? [
          issue(path, 'consolidation.excludedFacilityTag', {
            tag: excluded.tag,
            type: excluded.type,
          }),
        ]
      : [];
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
  at: string,
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
  if (fiscalYear < first) return [issue(`${at}.stages`, 'consolidation.beforeWindow', params)];
  if (fiscalYear > last) return [issue(`${at}.stages`, 'consolidation.afterWindow', params)];
  return [];
}

/** 円滑化経費 already received for this 集約化等 within the window, before this fiscal year. */
export function earlierSmoothingTotal(
  initiative: DraftInitiative,
  completionYear: number,
  fiscalYear: number,
): number {
  let total = 0;
  for (const receipt of rows(initiative.earlierReceipts)) {
    const year = receipt.fiscalYear;
    if (isFiscalYear(year) && year >= completionYear && year < fiscalYear) {
      total = addAmounts(total, amountOf(receipt.amount));
    }
  }
  return total;
}

/**
 * Issues of one 取組's 円滑化経費: the 集約先 not decided yet, excluded facility kinds, the 5-year
 * window, a cap already used up in earlier years.
 */
export function smoothingIssues(
  placed: PlacedInitiative,
  rules: ConsolidationRules,
  fiscalYear: number,
): EligibilityIssue[] {
  const { initiative, at } = placed;
  if (initiative.targetDecided === false) {
    return [issue(`${at}.targetDecided`, 'consolidation.targetRequiredForSmoothing')];
  }
  const issues = excludedFacilityIssues(placed, rules);
  const completionYear = completionFiscalYear(initiative);
  if (!isFiscalYear(completionYear)) return issues;
  issues.push(...windowIssues(at, completionYear, fiscalYear, rules));
  const cap = rules.smoothing.capPerConsolidation.value;
  const earlier = earlierSmoothingTotal(initiative, completionYear, fiscalYear);
  if (issues.length === 0 && earlier >= cap) {
    issues.push(
      issue(`${at}.earlierReceipts`, 'consolidation.cumulativeCapReached', {
        earlier: formatYenAmount(earlier),
        cap: formatYenAmount(cap),
      }),
    );
  }
  return issues;
}

/** Issues that refuse a whole 取組: 複数団体. */
export function initiativeIssues(
  data: DraftConsolidation,
  placed: PlacedInitiative,
  rules: ConsolidationRules,
): EligibilityIssue[] {
  return partyIssues(data, placed, rules);
}

/** True when the 取組 claims `stage` this year. */
export function claimsStage(
  initiative: DraftInitiative,
  stage: '調査検討経費' | '円滑化経費',
): boolean {
  return Array.isArray(initiative.stages) && initiative.stages.includes(stage);
}

/** The issues of one 取組: those refusing it, then those of its 円滑化経費 when claimed. */
export function initiativeEligibility(
  data: DraftConsolidation,
  placed: PlacedInitiative,
  rules: ConsolidationRules,
  fiscalYear: number,
): { initiative: EligibilityIssue[]; smoothing: EligibilityIssue[] } {
  return {
    initiative: initiativeIssues(data, placed, rules),
    smoothing: claimsStage(placed.initiative, '円滑化経費')
      ? smoothingIssues(placed, rules, fiscalYear)
      : [],
  };
}

/** Every eligibility issue of a (possibly incomplete) consolidation claim. */
export function consolidationEligibility(data: DraftConsolidation): EligibilityIssue[] {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return [];
  const lookup = rulesFor(consolidationRules, fiscalYear);
  if (!lookup.ok) return [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
  return initiativesOf(data).flatMap((placed) => {
    const found = initiativeEligibility(data, placed, lookup.rules, fiscalYear);
    return [...found.initiative, ...found.smoothing];
  });
}
