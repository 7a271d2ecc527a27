// The amount panel's lines by group (a 連携協約, a 取組 …, named by the caller): the lines of the
// whole claim first, then each group once, in the order it first appears, with its subtotal.

/** The group a line belongs to: a stable id and the heading shown above its lines. */
export interface AmountGroup {
  readonly id: string;
  readonly label: string;
}

/** The lines of one group (or, with `group` absent, of the whole claim) and their sum in 円. */
export interface AmountLineGroup<Line> {
  readonly group?: AmountGroup;
  readonly lines: readonly Line[];
  readonly subtotal: number;
}

const sumOf = (lines: readonly { amount: number }[]) =>
  lines.reduce((sum, line) => sum + line.amount, 0);

/** Groups lines by `group.id`; lines without a group come first, as one group without a heading. */
export function groupAmountLines<Line extends { amount: number; group?: AmountGroup | undefined }>(
  lines: readonly Line[],
): AmountLineGroup<Line>[] {
  const whole = lines.filter((line) => !line.group);
  const byId = new Map<string, { group: AmountGroup; lines: Line[] }>();
  for (const line of lines) {
    if (!line.group) continue;
    const entry = byId.get(line.group.id);
    if (entry) entry.lines.push(line);
    else byId.set(line.group.id, { group: line.group, lines: [line] });
  }
  const grouped = [...byId.values()].map((entry) => ({ ...entry, subtotal: sumOf(entry.lines) }));
  return whole.length > 0 ? [{ lines: whole, subtotal: sumOf(whole) }, ...grouped] : grouped;
}
