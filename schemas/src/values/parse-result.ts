/** The outcome of reading what a user typed: a value, or a Japanese message saying why not and what to type. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const rejected = <T>(message: string): ParseResult<T> => ({ ok: false, message });
