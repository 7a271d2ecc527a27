// Claim amounts of 複数団体による公共施設の集約化・複合化等 (SPEC §2.2) for the applying 団体.
import type { Consolidation } from '../forms/consolidation-claim.ts';
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import { type ConsolidationRules, consolidationRules } from '../rules/consolidation-rules.ts';
import { formatRate } from '../rules/rate.ts';
import { rulesFor } from '../rules/rules-for.ts';
import { formatFiscalYear, formatYen } from '../values/index.ts';
import { applyRateAndCap, explainAmount, sumAmounts, yen } from './capped-rate.ts';
import type { ClaimLine, ClaimNote, ClaimResult, UsedParameter } from './claim-result.ts';
import { claimResult, noParameters, usedParameter } from './claim-result-builder.ts';
import { completionFiscalYear } from './completion-year.ts';
import {
  claimsStage,
  consolidationClaimIssues,
  earlierSmoothingTotal,
  smoothingIssues,
  smoothingWindow,
} from './consolidation-eligibility.ts';
import { type DraftData, isFiscalYear, rows } from './draft-data.ts';
import { floorAreaChange } from './floor-area.ts';

type Draft = DraftData<Consolidation>;

/** (1) 調査検討経費: 0.5 of the cost, capped per 団体. */
function researchLines(data: Draft, rules: ConsolidationRules): ClaimLine[] {
  const items = rows(data.researchItems);
  if (!claimsStage(data, '調査検討経費') || items.length === 0) return [];
  const base = sumAmounts(items);
  const rate = rules.research.rate.value;
  const cap = rules.research.capPerDantai.value;
  const result = applyRateAndCap(base, rate, cap);
  return [
    {
      id: 'research',
      kind: 'research',
      label: '調査検討経費',
      recipient: '団体',
      path: 'researchItems',
      base,
      rate,
      cap,
      amount: result.amount,
      capped: result.capped,
      explanation: explainAmount(`調査検討経費 ${yen(base)}`, rate, result, `上限 ${yen(cap)}`),
    },
  ];
}

/** (2) 円滑化経費: 0.8 of the cost, within what is left of the 5-year cap after earlier years. */
function smoothingLines(
  data: Draft,
  rules: ConsolidationRules,
  completionYear: number,
  fiscalYear: number,
): { lines: ClaimLine[]; notes: ClaimNote[] } {
  const items = rows(data.smoothingItems);
  if (items.length === 0) return { lines: [], notes: [] };
  const base = sumAmounts(items);
  const rate = rules.smoothing.rate.value;
  const total = rules.smoothing.capPerConsolidation.value;
  const earlier = earlierSmoothingTotal(data, completionYear, fiscalYear);
  const remaining = Math.max(0, total - earlier);
  const result = applyRateAndCap(base, rate, remaining);
  const capText =
    earlier > 0
      ? `上限 ${yen(total)} − 前年度までの措置額 ${yen(earlier)} = 残り ${yen(remaining)}`
      : `上限 ${yen(total)}`;
  const { first, last } = smoothingWindow(completionYear, rules);
  const line: ClaimLine = {
    id: 'smoothing',
    kind: 'smoothing',
    label: '円滑化経費',
    recipient: '団体',
    path: 'smoothingItems',
    base,
    rate,
    cap: remaining,
    amount: result.amount,
    capped: result.capped,
    explanation: explainAmount(`円滑化経費 ${yen(base)}`, rate, result, capText),
  };
  const note: ClaimNote = {
    path: 'smoothingItems',
    message: formatConsolidationMessage('consolidation.noteRemaining', {
      first: formatFiscalYear(first),
      last: formatFiscalYear(last),
      remaining: formatYen(remaining - result.amount),
    }),
  };
  return { lines: [line], notes: [note] };
}

function informationNotes(data: Draft): ClaimNote[] {
  const notes: ClaimNote[] = [];
  if (rows(data.otherParties).some((party) => party.kind === '一部事務組合・広域連合')) {
    notes.push({
      path: 'otherParties',
      message: formatConsolidationMessage('consolidation.noteJointBody'),
    });
  }
  if (rows(data.sourceFacilities).length > 0 && data.targetFacility !== undefined) {
    const area = floorAreaChange(data);
    notes.push({
      path: 'targetFacility.floorArea',
      message: formatConsolidationMessage('consolidation.noteFloorArea', {
        before: area.before.toLocaleString('ja-JP'),
        after: area.after.toLocaleString('ja-JP'),
        change: (area.change > 0 ? '+' : '') + area.change.toLocaleString('ja-JP'),
      }),
    });
  }
  return notes;
}

function usedParameters(rules: ConsolidationRules): UsedParameter[] {
  const { research, smoothing } = rules;
  return [
    usedParameter('調査検討経費の措置率', formatRate(research.rate.value), research.rate),
    usedParameter(
      '調査検討経費の上限（1団体あたり）',
      yen(research.capPerDantai.value),
      research.capPerDantai,
    ),
    usedParameter('円滑化経費の措置率', formatRate(smoothing.rate.value), smoothing.rate),
    usedParameter(
      '円滑化経費の上限（集約化等1件・1団体あたり）',
      yen(smoothing.capPerConsolidation.value),
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

/** Every claim line of a (possibly incomplete) consolidation claim, with caps, totals and issues. */
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
  const notes = informationNotes(data);
  const claimIssues = consolidationClaimIssues(data, rules);
  const smoothingClaimed = claimsStage(data, '円滑化経費');
  const stageIssues = smoothingClaimed ? smoothingIssues(data, rules, fiscalYear) : [];
  const issues = [...claimIssues, ...stageIssues];
  // A claim refused as a whole has no amounts; a refused stage has none of its own.
  if (claimIssues.length > 0) return claimResult([], issues, notes, parameters);
  const lines = researchLines(data, rules);
  const completionYear = completionFiscalYear(data);
  if (smoothingClaimed && stageIssues.length === 0 && isFiscalYear(completionYear)) {
    const smoothing = smoothingLines(data, rules, completionYear, fiscalYear);
    lines.push(...smoothing.lines);
    notes.push(...smoothing.notes);
  }
  return claimResult(lines, issues, notes, parameters);
}
