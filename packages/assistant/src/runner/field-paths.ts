// Paths of fields inside rows: a row field's path is relative to its row.
export const fieldPath = (base: string, path: string): string => (base ? `${base}.${path}` : path);
