// Raw text (input that could not be parsed) is keyed by data path, and a migration may move the
// field it belongs to ('agreement.notificationDate' → 'agreements.0.notificationDate'). So each
// text rides through the migration inside the data, as a marker at its field, and is taken out
// again wherever the marker ended up. Drafts stays form-agnostic: no form lists its moved paths.

/** A raw text travelling in the data during a migration. */
class RawMarker {
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}
}

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

const isContainer = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Data with raw text as markers, and the texts that could not be placed (kept as they were). */
export interface MarkedData {
  data: unknown;
  markers: RawMarker[];
  unplaced: Record<string, string>;
}

/**
 * A copy of `data` with a marker at each raw text's path. A text is placed only where its
 * field's parent exists and the field holds no value; any other stays under its own path.
 */
export function markRaw(data: unknown, raw: Readonly<Record<string, string>>): MarkedData {
  const copy = structuredClone(data);
  const markers: RawMarker[] = [];
  const unplaced: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) {
    const parts = path.split('.');
    const last = parts.pop() as string;
    let parent: unknown = copy;
    for (const part of parts) parent = isContainer(parent) ? parent[part] : undefined;
    const safe = !forbidden.has(last) && !parts.some((part) => forbidden.has(part));
    if (safe && isContainer(parent) && parent[last] === undefined) {
      const marker = new RawMarker(path, text);
      parent[last] = marker;
      markers.push(marker);
    } else {
      unplaced[path] = text;
    }
  }
  return { data: copy, markers, unplaced };
}

/** The migrated data without markers, and the raw text by the paths the markers ended up at. */
export function takeRaw(
  migrated: unknown,
  marked: Pick<MarkedData, 'markers' | 'unplaced'>,
): { data: unknown; raw: Record<string, string> } {
  const raw: Record<string, string> = { ...marked.unplaced };
  const found = new Set<RawMarker>();
  const strip = (node: unknown, path: string): unknown => {
    if (node instanceof RawMarker) {
      raw[path] = node.text;
      found.add(node);
      return undefined;
    }
    if (Array.isArray(node)) return node.map((item, index) => strip(item, join(path, index)));
    if (!isContainer(node)) return node;
    const entries = Object.entries(node).map(([key, value]) => [
      key,
      strip(value, join(path, key)),
    ]);
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  };
  const data = strip(migrated, '');
  // A text whose field the migration dropped is kept under its old path rather than lost.
  for (const marker of marked.markers) {
    if (!found.has(marker)) raw[marker.path] = marker.text;
  }
  return { data, raw };
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
