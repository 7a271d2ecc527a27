// Paths of fields inside rows: a row field's path is relative to its row.
import type { FieldDefinition } from '@koiki/engine';

export const fieldPath = (base: string, path: string): string => (base ? `${base}.${path}` : path);

/** Every concrete path of a step's fields, rows expanded, in display order (for focusing). */
export function expandedPaths(
  fields: readonly FieldDefinition<unknown>[],
  get: (path: string) => unknown,
  base = '',
): string[] {
  return fields.flatMap((field) => {
    const path = fieldPath(base, field.path);
    if (field.control !== 'rows' || !field.fields) return [path];
    const rows = get(path);
    const count = Array.isArray(rows) ? rows.length : 0;
    const inner = Array.from({ length: count }, (_, i) =>
      expandedPaths(field.fields ?? [], get, `${path}.${i}`),
    );
    return [path, ...inner.flat()];
  });
}

/** The field a path belongs to: itself, or the nearest ancestor that is shown. */
export function closestFieldPath(path: string, paths: readonly string[]): string | undefined {
  let candidate = path;
  while (candidate) {
    if (paths.includes(candidate)) return candidate;
    candidate = candidate.includes('.') ? candidate.slice(0, candidate.lastIndexOf('.')) : '';
  }
  return paths[0];
}
