// How a control's change reaches the session: parsed values are stored, text that could
// not be parsed is kept as raw text (never thrown away).
import type { FormSession } from '@koiki/engine';

export interface FieldChange {
  value: unknown;
  raw: string;
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
