// Claim amounts of 新たな政策課題に関する人材育成の研修 (SPEC §2.3) for the applying 団体 and fiscal
// year. One line per 経費区分 the kind may claim: 措置額 = floor(対象経費の合計 × 措置率), floored
// once on each 区分's total (not per item); the claim's total is the sum of the 区分's amounts.
// The measure names no cap, so no line has one (cap: null).

import { sumAmounts } from '../../calculators/capped-rate.ts';
import type { ClaimLine, ClaimResult, UsedParameter } from '../../calculators/claim-result.ts';
import {
  claimResult,
  noParameters,
  usedParameter,
} from '../../calculators/claim-result-builder.ts';
import { isFiscalYear, isRecord, rows } from '../../calculators/draft-data.ts';
import { applyRate, formatRate, type Rate } from '../../rules/rate.ts';
import { rulesFor } from '../../rules/rules-for.ts';
import { formatFiscalYear, formatWareki, formatYenAmount } from '../../values/index.ts';
import {
  COST_GROUP_OF,
  type CostGroup,
  categoriesOfGroups,
  isCostCategory,
  isTrainingKind,
  TRAINING_KINDS,
  type TrainingKind,
} from './choices.ts';
import { trainingIssues } from './eligibility.ts';
import type { TrainingDraft } from './fields.ts';
import {
  DANTAI_LEVELS,
  type TrainingKindRules,
  type TrainingRules,
  trainingRules,
} from './rules.ts';

type DraftCostItem = NonNullable<TrainingDraft['costItems']>[number];

/** The 対象経費 of one 区分 in words: 「講師謝金 120,000円 + 講師旅費 45,001円」, by category. */
function breakdownText(items: readonly DraftCostItem[], group: CostGroup): string {
  return categoriesOfGroups([group])
    .flatMap((category) => {
      const of = items.filter((item) => item.category === category);
      return of.length > 0 ? [`${category} ${formatYenAmount(sumAmounts(of))}`] : [];
    })
    .join(' + ');
}

/** 「研修開催経費 165,001円（講師謝金 120,000円 + 講師旅費 45,001円） × 0.5 = 82,500円（1円未満切捨て・上限なし）」. */
function explanation(group: CostGroup, items: readonly DraftCostItem[], base: number, rate: Rate) {
  const amount = applyRate(base, rate);
  const floored = (BigInt(base) * BigInt(rate.numerator)) % BigInt(rate.denominator) !== 0n;
  const breakdown = breakdownText(items, group);
  const baseText = `${group} ${formatYenAmount(base)}${breakdown ? `（${breakdown}）` : ''}`;
  const remark = floored ? '1円未満切捨て・上限なし' : '上限なし';
  return `${baseText} × ${formatRate(rate)} = ${formatYenAmount(amount)}（${remark}）`;
}

/** One line per 経費区分 the kind may claim and the claim has items in. */
function costLines(data: TrainingDraft, kindRules: TrainingKindRules): ClaimLine[] {
  const items = rows(data.costItems);
  const rate = kindRules.rate.value;
  return kindRules.costGroups.value.flatMap((group) => {
    const of = items.filter(
      (item) => isCostCategory(item.category) && COST_GROUP_OF[item.category] === group,
    );
    if (of.length === 0) return [];
    const base = sumAmounts(of);
    const line: ClaimLine = {
      id: `costItems.${group}`,
      kind: group,
      label: group,
      recipient: '団体',
      path: 'costItems',
      base,
      rate,
      cap: null,
      amount: applyRate(base, rate),
      capped: false,
      explanation: explanation(group, of, base, rate),
    };
    return [line];
  });
}

/** 「研修開催経費（講師謝金・講師旅費・研修委託費）」 for each 区分 of the kind. */
function costGroupsText(groups: readonly CostGroup[]): string {
  return groups.map((group) => `${group}（${categoriesOfGroups([group]).join('・')}）`).join('、');
}

/** The parameters of the chosen kind (of both while none is chosen), the cap and the 基本方針's date. */
function usedParameters(rules: TrainingRules, kind: TrainingKind | undefined): UsedParameter[] {
  const kinds = kind ? [kind] : TRAINING_KINDS;
  const used = kinds.flatMap((each) => {
    const { rate, costGroups, allocation } = rules.kinds[each];
    const financed = DANTAI_LEVELS.flatMap((level) => {
      const how = allocation.value[level];
      return how ? [`${level}：${how}`] : [];
    });
    return [
      usedParameter(`措置率（${each}）`, formatRate(rate.value), rate),
      usedParameter(`対象経費（${each}）`, costGroupsText(costGroups.value), costGroups),
      usedParameter(`地方財政措置（${each}）`, financed.join('、'), allocation),
    ];
  });
  return [
    ...used,
    usedParameter('措置額の上限', '上限なし', rules.cap),
    usedParameter(
      '人材育成基本方針の策定日',
      `${formatWareki(rules.guidelinePublished.value)}以後`,
      rules.guidelinePublished,
    ),
  ];
}

/** Every claim line of a (possibly incomplete) training claim, with totals and issues; never throws. */
export function calculateTraining(data: TrainingDraft): ClaimResult {
  // A server may pass anything a client sent: no object means nothing entered yet.
  const fiscalYear = isRecord(data) ? data.fiscalYear : undefined;
  if (!isFiscalYear(fiscalYear)) return claimResult([], [], [], noParameters(null, ''));
  const fiscalYearLabel = formatFiscalYear(fiscalYear);
  const lookup = rulesFor(trainingRules, fiscalYear);
  if (!lookup.ok) {
    const issues = [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
    return claimResult([], issues, [], noParameters(fiscalYear, fiscalYearLabel));
  }
  const { rules } = lookup;
  const kind = isTrainingKind(data.trainingKind) ? data.trainingKind : undefined;
  const parameters = {
    fiscalYear,
    fiscalYearLabel,
    ruleTitle: rules.title,
    used: usedParameters(rules, kind),
  };
  const lines = kind ? costLines(data, rules.kinds[kind]) : [];
  return claimResult(lines, trainingIssues(data, rules), [], parameters);
}
