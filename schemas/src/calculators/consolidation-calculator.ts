// Claim amounts of 複数団体による公共施設の集約化・複合化等 (SPEC §2.2) for the applying 団体 and
// fiscal year, over every 取組 it takes part in.
import type { Consolidation } from '../forms/consolidation-claim.ts';
import { type ConsolidationRules, consolidationRules } from '../rules/consolidation-rules.ts';
import { formatRate } from '../rules/rate.ts';
import { rulesFor } from '../rules/rules-for.ts';
import { formatFiscalYear, formatYenAmount } from '../values/index.ts';
import type {
  ClaimLine,
  ClaimNote,
  ClaimResult,
  EligibilityIssue,
  UsedParameter,
} from './claim-result.ts';
import { claimResult, noParameters, usedParameter } from './claim-result-builder.ts';
import { completionFiscalYear } from './completion-year.ts';
import { claimsStage, initiativeEligibility } from './consolidation-eligibility.ts';
import { initiativesOf, type PlacedInitiative } from './consolidation-initiatives.ts';
import { initiativeNotes } from './consolidation-notes.ts';
import { researchLines } from './consolidation-research.ts';
import { smoothingLines } from './consolidation-smoothing.ts';
import { type DraftData, isFiscalYear } from './draft-data.ts';

type Draft = DraftData<Consolidation>;

function usedParameters(rules: ConsolidationRules): UsedParameter[] {
  const { research, smoothing } = rules;
  return [
    usedParameter('調査検討経費の措置率', formatRate(research.rate.value), research.rate),
    usedParameter(
      '調査検討経費の上限（1団体あたり、全取組の合計）',
      formatYenAmount(research.capPerDantai.value),
      research.capPerDantai,
    ),
    usedParameter('円滑化経費の措置率', formatRate(smoothing.rate.value), smoothing.rate),
    usedParameter(
      '円滑化経費の上限（集約化等1件・1団体あたり）',
      formatYenAmount(smoothing.capPerConsolidation.value),
      smoothing.capPerConsolidation,
    ),
    usedParameter(
      '円滑化経費の対象期間',
      `集約化等完了年度から${smoothing.windowFiscalYears.value}年度間`,
      smoothing.windowFiscalYears,
    ),
    usedParameter('複数団体の要件', `${rules.minimumParties.value}団体以上`, rules.minimumParties),
  ];
}

/**
 * Every claim line of a (possibly incomplete) consolidation claim, with caps, totals and issues.
 * A refused 取組 has no lines (and does not use up the per-団体 調査検討 cap); a refused 円滑化経費
 * has no line of its own.
 */
export function calculateConsolidation(data: Draft): ClaimResult {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return claimResult([], [], [], noParameters(null, ''));
  const fiscalYearLabel = formatFiscalYear(fiscalYear);
  const lookup = rulesFor(consolidationRules, fiscalYear);
  if (!lookup.ok) {
    const issues = [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
    return claimResult([], issues, [], noParameters(fiscalYear, fiscalYearLabel));
  }
  const { rules } = lookup;
  const parameters = {
    fiscalYear,
    fiscalYearLabel,
    ruleTitle: rules.title,
    used: usedParameters(rules),
  };
  const issues: EligibilityIssue[] = [];
  const notes: ClaimNote[] = [];
  const admitted: PlacedInitiative[] = [];
  const smoothing: ClaimLine[] = [];
  for (const placed of initiativesOf(data)) {
    notes.push(...initiativeNotes(placed));
    const found = initiativeEligibility(data, placed, rules, fiscalYear);
    issues.push(...found.initiative, ...found.smoothing);
    if (found.initiative.length > 0) continue;
    admitted.push(placed);
    const completionYear = completionFiscalYear(placed.initiative);
    const claimed = claimsStage(placed.initiative, '円滑化経費');
    if (claimed && found.smoothing.length === 0 && isFiscalYear(completionYear)) {
      const stage = smoothingLines(placed, rules, completionYear, fiscalYear);
      smoothing.push(...stage.lines);
      notes.push(...stage.notes);
    }
  }
  // The research cap is allotted across 取組 first; the lines are then listed 取組 by 取組.
  const research = researchLines(admitted, rules);
  const lines = admitted.flatMap(({ at }) =>
    [...research, ...smoothing].filter((line) => line.group?.path === at),
  );
  return claimResult(lines, issues, notes, parameters);
}
