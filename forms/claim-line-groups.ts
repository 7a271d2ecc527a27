// Claim lines in the order the 算定調書 reads them: the lines of the whole claim first (募集経費,
// numbered (1) by the 総務省 material), then each 連携協約 or 取組 with its subtotal.
import type { ClaimLine } from '@koiki/schemas';

/** The lines of one 連携協約 or 取組 (or, with `group` absent, of the whole claim) and their sum in 円. */
export interface ClaimLineGroup {
  readonly group?: NonNullable<ClaimLine['group']>;
  readonly lines: readonly ClaimLine[];
  readonly subtotal: number;
}

const sumOf = (lines: readonly ClaimLine[]) => lines.reduce((sum, line) => sum + line.amount, 0);

/** The lines by group, each group once in the order it first appears; lines without a group first. */
export function claimLineGroups(lines: readonly ClaimLine[]): ClaimLineGroup[] {
  const whole = lines.filter((line) => !line.group);
  const byPath = new Map<string, { group: NonNullable<ClaimLine['group']>; lines: ClaimLine[] }>();
  for (const line of lines) {
    if (!line.group) continue;
    const entry = byPath.get(line.group.path);
    if (entry) entry.lines.push(line);
    else byPath.set(line.group.path, { group: line.group, lines: [line] });
  }
  const grouped = [...byPath.values()].map((entry) => ({ ...entry, subtotal: sumOf(entry.lines) }));
  return whole.length > 0 ? [{ lines: whole, subtotal: sumOf(whole) }, ...grouped] : grouped;
}
