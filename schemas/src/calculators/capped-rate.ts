// The one computation every claim line makes: floor(base × rate), then the cap; and its explanation.
import { applyRate, formatRate, type Rate } from '../rules/rate.ts';
import { formatYenAmount } from '../values/index.ts';
import { addAmounts, amountOf } from './draft-data.ts';

export interface CappedAmount {
  /** floor(base × rate) before the cap. */
  readonly rated: number;
  readonly amount: number;
  readonly capped: boolean;
}

/** min(floor(base × rate), cap). */
export function applyRateAndCap(base: number, rate: Rate, cap: number): CappedAmount {
  const rated = applyRate(base, rate);
  return rated > cap
    ? { rated, amount: cap, capped: true }
    : { rated, amount: rated, capped: false };
}

/**
 * 「<base text> × 0.5 = 3,500,000円（上限 6,000,000円以内）」, or when the cap binds
 * 「… = 7,000,000円 → 上限 6,000,000円を適用して 6,000,000円」.
 */
export function explainAmount(
  baseText: string,
  rate: Rate,
  result: CappedAmount,
  capText: string,
): string {
  const rated = `${baseText} × ${formatRate(rate)} = ${formatYenAmount(result.rated)}`;
  return result.capped
    ? `${rated} → ${capText}を適用して ${formatYenAmount(result.amount)}`
    : `${rated}（${capText}以内）`;
}

/** Sum of the amounts of cost items; missing or unreadable amounts count as 0 while the user types. */
export function sumAmounts(items: readonly { readonly amount?: unknown }[]): number {
  return items.reduce<number>((total, item) => addAmounts(total, amountOf(item.amount)), 0);
}
