// Keeping path-keyed state (raw text, touched fields) in line when a row is removed:
// the removed row's entries go, the rows after it move up by one.
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
