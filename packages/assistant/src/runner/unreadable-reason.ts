// Why text kept as typed could not be read, by the control that read it: the parser's own words
// (「金額として読み取れません…」), re-read from the kept text so they survive reopening a draft.
// One line per control kind that keeps unparsed text; the control registry may take these over.
import type { FieldControl } from '@koiki/engine';
import { dantaiNotChosen, dateFromRaw } from '@koiki/kit/unreadable';
import { parseDecimal, parseYen } from '@koiki/schemas';

const readers: Partial<Record<FieldControl, (raw: string) => string | undefined>> = {
  yen: (raw) => failure(parseYen(raw)),
  decimal: (raw) => failure(parseDecimal(raw)),
  date: (raw) => failure(dateFromRaw(raw)),
  dantai: () => dantaiNotChosen,
};

/** The reason `raw` could not be read by `control`, or undefined when that control has none. */
export function unreadableReason(control: FieldControl, raw: string): string | undefined {
  return readers[control]?.(raw);
}

function failure(result: { ok: true } | { ok: false; message: string }): string | undefined {
  return result.ok ? undefined : result.message;
}
