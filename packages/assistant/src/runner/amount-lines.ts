// The calculator's claim lines as the amount panel shows them.
import type { AmountLine } from '@koiki/kit';
import type { ClaimResult } from '@koiki/schemas';

export function amountLines(result: ClaimResult | undefined): AmountLine[] {
  return (result?.lines ?? []).map((line) => ({
    label: line.label,
    recipient: line.recipient,
    amount: line.amount,
    explanation: line.explanation,
    capped: line.capped,
  }));
}
