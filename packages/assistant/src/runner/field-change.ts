// How a kit field's koiki-change reaches the session: parsed values are stored, text that could
// not be parsed is kept as raw text (never thrown away).
import type { FormSession } from '@koiki/engine';
import { parseDecimal } from '@koiki/schemas';

export interface FieldChange {
  value: unknown;
  raw: string;
  valid: boolean;
}

export function applyFieldChange(
  session: FormSession<unknown>,
  path: string,
  change: FieldChange,
): void {
  if (change.raw !== '') session.setRaw(path, change.raw);
  else session.set(path, isEmptyValue(change.value) ? undefined : change.value);
}

function isEmptyValue(value: unknown): boolean {
  return value === '' || value === null || (Array.isArray(value) && value.length === 0);
}

/** Booleans travel through a radio group as 'true' / 'false'. */
export const booleanOptions = [
  { value: 'true', label: 'はい' },
  { value: 'false', label: 'いいえ' },
];

export function booleanToChoice(value: unknown): string {
  return value === true ? 'true' : value === false ? 'false' : '';
}

export function choiceToBoolean(value: unknown): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** A decimal typed as text: stored as a number when it reads as one, else kept as raw text. */
export function applyDecimalText(session: FormSession<unknown>, path: string, text: string): void {
  if (text.trim() === '') {
    session.set(path, undefined);
    return;
  }
  const result = parseDecimal(text);
  if (result.ok) session.set(path, result.value);
  else session.setRaw(path, text);
}
