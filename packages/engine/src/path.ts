// Dotted paths such as 'posts.0.salary' address a value inside form data.
// Every update copies only the objects along the path, so older snapshots stay valid
// (undo, memoised validation and amounts rely on that).

export type PathSegment = string | number;

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/** 'posts.0.salary' → ['posts', 0, 'salary']; '' → []. */
export function splitPath(path: string): PathSegment[] {
  if (path === '') return [];
  return path.split('.').map((segment) => {
    if (forbidden.has(segment)) throw new Error(`使えない名前がパスに含まれています: ${path}`);
    return /^\d+$/.test(segment) ? Number(segment) : segment;
  });
}

/** ['posts', 0, 'salary'] → 'posts.0.salary' (zod issue paths come in this form). */
export function joinPath(segments: readonly PropertyKey[]): string {
  return segments.map(String).join('.');
}

/** True when `path` is `ancestor` itself or lies inside it. The empty path contains everything. */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The value at `path`, or undefined when any part of the way is missing. */
export function getAt(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of keysOf(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * The segments as strings ('0' finds an array's first item as 0 does), for reading and removing:
 * every keystroke reads and removes many paths; only creating a container needs to know whether
 * a segment is a number (splitPath).
 */
function keysOf(path: string): string[] {
  if (path === '') return [];
  const keys = path.split('.');
  for (const key of keys) {
    if (forbidden.has(key)) throw new Error(`使えない名前がパスに含まれています: ${path}`);
  }
  return keys;
}

/** A copy of `root` with `value` at `path`; missing objects (or arrays, for numeric keys) are created. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setSegments(root, splitPath(path), value) as T;
}

function setSegments(node: unknown, segments: PathSegment[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const copy = copyContainer(node, head);
  copy[head] = setSegments(copy[head], rest, value);
  return copy;
}

function copyContainer(node: unknown, key: PathSegment): Record<PropertyKey, unknown> {
  if (Array.isArray(node)) return [...node] as unknown as Record<PropertyKey, unknown>;
  if (node !== null && typeof node === 'object') return { ...node };
  return (typeof key === 'number' ? [] : {}) as Record<PropertyKey, unknown>;
}

/**
 * A copy of `root` without the value at `path` (an object key is deleted, an array slot emptied);
 * `root` itself when there is nothing at `path`, so removing absent hidden answers copies nothing.
 */
export function removeAt<T>(root: T, path: string): T {
  return removeSegments(root, keysOf(path), 0) as T;
}

function removeSegments(node: unknown, segments: readonly string[], at: number): unknown {
  const head = segments[at];
  if (head === undefined || node === null || typeof node !== 'object') return node;
  const container = node as Record<PropertyKey, unknown>;
  if (!(head in container)) return node;
  if (at + 1 < segments.length) {
    const inner = removeSegments(container[head], segments, at + 1);
    if (inner === container[head]) return node;
    const copy = copyContainer(node, head);
    copy[head] = inner;
    return copy;
  }
  const copy = copyContainer(node, head);
  if (Array.isArray(copy)) copy[head] = undefined;
  else delete copy[head];
  return copy;
}
