// Keeping path-keyed state (raw text, touched fields) in line when rows are removed or moved:
// the removed row's entries go, the rows after it move up by one; a moved row's entries follow it.
/** The key after removing row `index` of the array at `arrayPath`; undefined if it was in that row. */
export function keyAfterRowRemoval(
  key: string,
  arrayPath: string,
  index: number,
): string | undefined {
  const prefix = arrayPath === '' ? '' : `${arrayPath}.`;
  if (!key.startsWith(prefix)) return key;
  const rest = key.slice(prefix.length);
  const match = /^(\d+)(\..*)?$/.exec(rest);
  if (!match) return key;
  const row = Number(match[1]);
  if (row === index) return undefined;
  if (row < index) return key;
  return `${prefix}${row - 1}${match[2] ?? ''}`;
}

/** Applies `keyAfterRowRemoval` to every key of a path-keyed record. */
export function recordAfterRowRemoval<V>(
  record: Readonly<Record<string, V>>,
  arrayPath: string,
  index: number,
): Record<string, V> {
  const next: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    const moved = keyAfterRowRemoval(key, arrayPath, index);
    if (moved !== undefined) next[moved] = value;
  }
  return next;
}

/** Where row `row` ends up when the row at `from` moves to `to`. */
export function indexAfterMove(row: number, from: number, to: number): number {
  if (row === from) return to;
  if (from < to && row > from && row <= to) return row - 1;
  if (to < from && row >= to && row < from) return row + 1;
  return row;
}

/** Re-keys the entries of a path-keyed record inside the array at `arrayPath` by `where(row)`. */
export function recordAfterRowMap<V>(
  record: Readonly<Record<string, V>>,
  arrayPath: string,
  where: (row: number) => number | undefined,
): Record<string, V> {
  const prefix = arrayPath === '' ? '' : `${arrayPath}.`;
  const next: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    const match = key.startsWith(prefix) ? /^(\d+)(\..*)?$/.exec(key.slice(prefix.length)) : null;
    if (!match) {
      next[key] = value;
      continue;
    }
    const row = where(Number(match[1]));
    if (row !== undefined) next[`${prefix}${row}${match[2] ?? ''}`] = value;
  }
  return next;
}

/** `record` without the entries inside the array at `arrayPath`. */
export function recordOutsideRows<V>(
  record: Readonly<Record<string, V>>,
  arrayPath: string,
): Record<string, V> {
  return recordAfterRowMap(record, arrayPath, () => undefined);
}
