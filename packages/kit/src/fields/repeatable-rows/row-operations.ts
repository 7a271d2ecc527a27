// Pure list operations behind the repeatable rows: each returns a new array and never mutates.

/** `list` with `item` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const item = list[from];
  if (item === undefined || to < 0 || to >= list.length) return [...list];
  return insertAt(removeAt(list, from), to, item);
}

/**
 * Re-keys a record whose keys start with a row index ('2.salary'): `where(oldIndex)` gives the new
 * index, or undefined to drop the entry (its row was removed).
 */
export function reindexCells<V>(
  record: Readonly<Record<string, V>>,
  where: (index: number) => number | undefined,
): Record<string, V> {
  const next: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    const match = /^(\d+)\.(.+)$/.exec(key);
    if (!match) continue;
    const index = where(Number(match[1]));
    if (index !== undefined) next[`${index}.${match[2]}`] = value;
  }
  return next;
}

/** Where row `i` goes when the row at `from` moves to `to`. */
export function indexAfterMove(i: number, from: number, to: number): number {
  if (i === from) return to;
  if (from < to && i > from && i <= to) return i - 1;
  if (to < from && i >= to && i < from) return i + 1;
  return i;
}

/** Sum of the whole-円 numbers in column `key`; blanks and unparsed cells count as 0. */
export function columnTotal(
  rows: readonly Readonly<Record<string, unknown>>[],
  key: string,
): number {
  // The path is split once, not once per row: the total is worked out at every keystroke.
  const keys = key.split('.');
  return rows.reduce((sum, row) => {
    const value = valueAtKeys(row, keys);
    return sum + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  }, 0);
}

/** A cell's value: a column's path may go into the row ('confirmations.hiredAsSpecialist'). */
export function cellValue(row: Readonly<Record<string, unknown>>, path: string): unknown {
  return valueAtKeys(row, path.split('.'));
}

function valueAtKeys(row: Readonly<Record<string, unknown>>, keys: readonly string[]): unknown {
  let value: unknown = row;
  // Indexed: it runs for every row at every keystroke, and an iterator is an allocation.
  for (let i = 0; i < keys.length; i++) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[keys[i] as string];
  }
  return value;
}

/** A copy of `row` with `value` at the cell's path (undefined removes it); objects on the way are copied. */
export function withCell(
  row: Readonly<Record<string, unknown>>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [head = '', ...rest] = path.split('.');
  const copy: Record<string, unknown> = { ...row };
  if (rest.length > 0) {
    const inner = copy[head];
    const base =
      inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : {};
    copy[head] = withCell(base, rest.join('.'), value);
  } else if (value === undefined) delete copy[head];
  else copy[head] = value;
  return copy;
}

/**
 * `next` with each row that holds the same values as the row at its index in `previous` replaced
 * by that earlier object. A host that hands our rows back as copies (a session stores each edit
 * as a new object) then leaves the unchanged rows identical, so they are not drawn again.
 */
export function keepEqualRows<T>(previous: readonly T[], next: readonly T[]): readonly T[] {
  let reused = false;
  const rows = next.map((row, i) => {
    const before = previous[i];
    if (before === undefined || before === row || !sameValue(before, row)) return row;
    reused = true;
    return before;
  });
  return reused ? rows : next;
}

/** Equal JSON-like values (a row's cells: text, numbers, lists, small objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
