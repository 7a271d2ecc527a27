// (2) 円滑化経費 (SPEC §2.2) of one 取組: 0.8 of the cost, within what is left of the cap per
// 集約化等 per 団体 over the 5 fiscal years from its 完了年度, after the earlier years' amounts.
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import type { ConsolidationRules } from '../rules/consolidation-rules.ts';
import { formatFiscalYear, formatYenAmount } from '../values/index.ts';
import { applyRateAndCap, explainAmount, sumAmounts } from './capped-rate.ts';
import type { ClaimLine, ClaimNote } from './claim-result.ts';
import { earlierSmoothingTotal, smoothingWindow } from './consolidation-eligibility.ts';
import {
  initiativeGroup,
  initiativeLabel,
  type PlacedInitiative,
} from './consolidation-initiatives.ts';
import { rows } from './draft-data.ts';

/** The 円滑化経費 line of one 取組 and a note on what is left of its cap. */
export function smoothingLines(
  placed: PlacedInitiative,
  rules: ConsolidationRules,
  completionYear: number,
  fiscalYear: number,
): { lines: ClaimLine[]; notes: ClaimNote[] } {
  const { initiative, at } = placed;
  const items = rows(initiative.smoothingItems);
  if (items.length === 0) return { lines: [], notes: [] };
  const base = sumAmounts(items);
  const rate = rules.smoothing.rate.value;
  const total = rules.smoothing.capPerConsolidation.value;
  const earlier = earlierSmoothingTotal(initiative, completionYear, fiscalYear);
  const remaining = Math.max(0, total - earlier);
  const result = applyRateAndCap(base, rate, remaining);
  const capText =
    earlier > 0
      ? `上限 ${formatYenAmount(total)} − 前年度までの措置額 ${formatYenAmount(earlier)} = 残り ${formatYenAmount(remaining)}`
      : `上限 ${formatYenAmount(total)}`;
  const { first, last } = smoothingWindow(completionYear, rules);
  const line: ClaimLine = {
    id: `${at}.smoothing`,
    kind: 'smoothing',
    label: '円滑化経費',
    recipient: '団体',
    path: `${at}.smoothingItems`,
    base,
    rate,
    cap: remaining,
    amount: result.amount,
    capped: result.capped,
    group: initiativeGroup(placed),
    explanation: explainAmount(`円滑化経費 ${formatYenAmount(base)}`, rate, result, capText),
  };
  const note: ClaimNote = {
    path: `${at}.smoothingItems`,
    message: formatConsolidationMessage('consolidation.noteRemaining', {
      initiative: initiativeLabel(placed),
      first: formatFiscalYear(first),
      last: formatFiscalYear(last),
      remaining: formatYenAmount(remaining - result.amount),
    }),
  };
  return { lines: [line], notes: [note] };
}
