// Reading a claim's data field by field without trusting its shape (a file may hold anything).

/** The trimmed string, or '' for anything else. */
export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The object rows of a list; anything else counts as none. */
export const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];

/** The object itself, or an empty one. */
export const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
