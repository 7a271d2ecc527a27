// A payload carries the amounts the browser computed. A file whose stated amounts do not follow
// from its own data was edited by hand (or made by other rules): each differing line is named.
import type { ClaimResult } from '@koiki/schemas';
import { findingMessages } from './finding-messages.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isYen = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

/** The stated line amounts by line id, or undefined when the shape is not a claim result's. */
function statedLines(stated: Record<string, unknown>): Map<string, number> | undefined {
  if (!Array.isArray(stated.lines)) return undefined;
  const lines = new Map<string, number>();
  for (const line of stated.lines) {
    if (!isRecord(line) || typeof line.id !== 'string' || !isYen(line.amount)) return undefined;
    lines.set(line.id, line.amount);
  }
  return lines;
}

export type StatedAmountsCheck =
  | { kind: 'same' }
  | { kind: 'unreadable' }
  | { kind: 'different'; differences: string[] };

/** How the file's stated amounts compare with the recomputed ones (lines by id, then the total). */
export function compareStatedAmounts(stated: unknown, recomputed: ClaimResult): StatedAmountsCheck {
  if (!isRecord(stated) || !isRecord(stated.totals) || !isYen(stated.totals.yen))
    return { kind: 'unreadable' };
  const lines = statedLines(stated);
  if (!lines) return { kind: 'unreadable' };
  const differences: string[] = [];
  const seen = new Set<string>();
  for (const line of recomputed.lines) {
    seen.add(line.id);
    const amount = lines.get(line.id) ?? 0;
    if (amount !== line.amount)
      differences.push(findingMessages.amountDifference(line.label, amount, line.amount));
  }
  for (const [id, amount] of lines) {
    if (!seen.has(id) && amount !== 0)
      differences.push(findingMessages.amountDifference(`行「${id.slice(0, 40)}」`, amount, 0));
  }
  if (stated.totals.yen !== recomputed.totals.yen)
    differences.push(
      findingMessages.amountDifference('合計', stated.totals.yen, recomputed.totals.yen),
    );
  return differences.length === 0 ? { kind: 'same' } : { kind: 'different', differences };
}
