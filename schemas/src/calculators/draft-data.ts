// Calculators and cross-field rules run on data that is still being typed (and, on a server, on
// anything a client sent), so they read it through these guards and never throw.
import { isIsoDate, isKnownFiscalYear } from '../values/index.ts';

/** Form data while it is being typed: any field may still be missing. Complete data is assignable to it. */
export type DraftData<T> = T extends readonly (infer E)[]
  ? readonly DraftData<E>[]
  : T extends object
    ? { readonly [K in keyof T]?: DraftData<T[K]> | undefined }
    : T;

/** The rows of a repeatable group; anything that is not an array counts as none, a broken row as empty. */
export function rows<T>(value: readonly T[] | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.map((row) => (typeof row === 'object' && row !== null ? row : ({} as T)));
}

/** An amount in whole 円, or 0 while it is missing or not a whole non-negative number. */
export function amountOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/**
 * total + amount, held at Number.MAX_SAFE_INTEGER: a sum of many large amounts stays a whole
 * number of 円 that can still be shown (any cap is far below it).
 */
export function addAmounts(total: number, amount: number): number {
  return Math.min(total + amount, Number.MAX_SAFE_INTEGER);
}

/** True when `value` is a whole non-negative number of 円. */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A 団体コード worth looking up: six digits (its check digit is verified separately). */
export function isSixDigits(value: unknown): value is string {
  return typeof value === 'string' && /^\d{6}$/.test(value);
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar date written 'YYYY-MM-DD'. */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value);
}

/** A fiscal year given as a whole number this kit can name (a year before 平成 counts as missing). */
export function isFiscalYear(value: unknown): value is number {
  return typeof value === 'number' && isKnownFiscalYear(value);
}
