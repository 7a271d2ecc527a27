// Dotted paths ('posts.0.salary') into draft data, for the few edits drafts make
// (moving a fiscal year on, clearing amounts). Copies along the path; never mutates.
// Drafts stays form-agnostic, so it keeps this small copy instead of depending on the engine.

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function segments(path: string): string[] {
  const parts = path.split('.');
  if (parts.some((part) => forbidden.has(part))) throw new Error(`使えないパスです: ${path}`);
  return parts;
}

function copyOf(node: unknown): Record<string, unknown> {
  if (Array.isArray(node)) return [...node] as unknown as Record<string, unknown>;
  return { ...(node as Record<string, unknown>) };
}

/** The value at `path`, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of segments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * A copy of `root` with `update(old)` at `path`; nothing changes where the path does not exist.
 * A '*' segment stands for every row of an array: 'posts.*.recruitmentCost'.
 */
export function updateAt(root: unknown, path: string, update: (old: unknown) => unknown): unknown {
  const walk = (node: unknown, parts: string[]): unknown => {
    const [head, ...rest] = parts;
    if (head === undefined) return update(node);
    if (head === '*' && Array.isArray(node)) return node.map((item) => walk(item, rest));
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, head)) return node;
    const copy = copyOf(node);
    copy[head] = walk(copy[head], rest);
    return copy;
  };
  return walk(root, segments(path));
}

/** A copy of `root` without the value at `path` (an object key is deleted). */
export function removeAt(root: unknown, path: string): unknown {
  const parts = segments(path);
  const last = parts.pop() as string;
  const parentPath = parts.join('.');
  const dropKey = (parent: unknown) => {
    if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last))
      return parent;
    const copy = copyOf(parent);
    if (Array.isArray(copy)) copy[last] = undefined;
    else delete copy[last];
    return copy;
  };
  return parentPath === '' ? dropKey(root) : updateAt(root, parentPath, dropKey);
}
