// (1) 調査検討経費 (SPEC §2.2): 0.5 of each 取組's cost, the cap being per 団体 over ALL its 取組 of
// the year. One line per 取組; the cap is allotted in 取組 order, so a later 取組 gets what is left.
import type { ConsolidationRules } from '../rules/consolidation-rules.ts';
import { formatYenAmount } from '../values/index.ts';
import { applyRateAndCap, explainAmount, sumAmounts } from './capped-rate.ts';
import type { ClaimLine } from './claim-result.ts';
import { claimsStage } from './consolidation-eligibility.ts';
import { initiativeGroup, type PlacedInitiative } from './consolidation-initiatives.ts';
import { addAmounts, rows } from './draft-data.ts';

/** What is left of the per-団体 cap before this 取組, in words (the cap binds across 取組). */
function capText(cap: number, allotted: number, remaining: number): string {
  const perDantai = `1団体あたり全取組で上限 ${formatYenAmount(cap)}`;
  return allotted > 0
    ? `${perDantai} − 先の取組の措置額 ${formatYenAmount(allotted)} = 残り ${formatYenAmount(remaining)}`
    : perDantai;
}

/** One line per 取組 claiming 調査検討経費: min(floor(base × rate), cap − earlier 取組's amounts). */
export function researchLines(
  initiatives: readonly PlacedInitiative[],
  rules: ConsolidationRules,
): ClaimLine[] {
  const rate = rules.research.rate.value;
  const cap = rules.research.capPerDantai.value;
  let allotted = 0;
  const lines: ClaimLine[] = [];
  for (const placed of initiatives) {
    const items = rows(placed.initiative.researchItems);
    if (!claimsStage(placed.initiative, '調査検討経費') || items.length === 0) continue;
    const base = sumAmounts(items);
    const remaining = Math.max(0, cap - allotted);
    const result = applyRateAndCap(base, rate, remaining);
    lines.push({
      id: `${placed.at}.research`,
      kind: 'research',
      label: '調査検討経費',
      recipient: '団体',
      path: `${placed.at}.researchItems`,
      base,
      rate,
      cap: remaining,
      amount: result.amount,
      capped: result.capped,
      group: initiativeGroup(placed),
      explanation: explainAmount(
        `調査検討経費 ${formatYenAmount(base)}`,
        rate,
        result,
        capText(cap, allotted, remaining),
      ),
    });
    allotted = addAmounts(allotted, result.amount);
  }
  return lines;
}
