// The calculator's claim lines as the amount panel shows them (grouped by 連携協約 / 取組).
import type { AmountLine } from '@koiki/kit';
import type { ClaimResult } from '@koiki/schemas';

export function amountLines(result: ClaimResult | undefined): AmountLine[] {
  return (result?.lines ?? []).map((line) => ({
    label: line.label,
    recipient: line.recipient,
    amount: line.amount,
    explanation: line.explanation,
    capped: line.capped,
    ...(line.group ? { group: { id: line.group.path, label: line.group.label } } : {}),
  }));
}
