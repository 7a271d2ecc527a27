// The date field's boxes (元号・年・月・日) as text, and the pure steps between them, the ISO value
// and the `raw` text kept when they do not make a date yet.
import {
  dateFromWarekiParts,
  type Era,
  normalizeText,
  type ParseResult,
  parseDate,
  warekiParts,
} from '@koiki/schemas';

export interface DateBoxes {
  era: Era;
  year: string;
  month: string;
  day: string;
}

/** The 元号 offered, newest first (the schema's Era type keeps this list honest). */
export const eraChoices: readonly Era[] = ['令和', '平成'];
export const newestEra: Era = eraChoices[0]!;

const rawPattern = /^(令和|平成)(.*)年(.*)月(.*)日$/;

export const emptyBoxes = (era: Era): DateBoxes => ({ era, year: '', month: '', day: '' });

export const isBlank = (boxes: DateBoxes) => !boxes.year && !boxes.month && !boxes.day;

/** '2026-11-23' → 令和 / 8 / 11 / 23. */
export function boxesFromIso(iso: string): DateBoxes {
  const { era, year, month, day } = warekiParts(iso);
  return { era, year: String(year), month: String(month), day: String(day) };
}

/** Boxes kept as text for a draft: 「令和8年11月日」 (an empty box stays empty). */
export function rawFromBoxes(boxes: DateBoxes): string {
  return isBlank(boxes) ? '' : `${boxes.era}${boxes.year}年${boxes.month}月${boxes.day}日`;
}

/** Back from rawFromBoxes; any other text (「R8.11.23くらい」) goes whole into the year box. */
export function boxesFromRaw(raw: string, era: Era): DateBoxes {
  const match = rawPattern.exec(raw);
  if (!match) return { ...emptyBoxes(era), year: raw };
  const [, name = era, year = '', month = '', day = ''] = match;
  return { era: name as Era, year, month, day };
}

/** Text kept for a draft (rawFromBoxes, or a whole date typed in the year box) → date or reason. */
export function dateFromRaw(raw: string): ParseResult<string> {
  return dateFromBoxes(boxesFromRaw(raw, newestEra));
}

/** The date the boxes make, or what is missing or wrong, worded for the user. */
export function dateFromBoxes(boxes: DateBoxes): ParseResult<string> {
  const year = normalizeText(boxes.year);
  // A whole date typed or pasted into the year box: 「R8.11.23」「2026/11/23」.
  if (!/^(\d+|元)$/.test(year) && year !== '' && !boxes.month && !boxes.day) return parseDate(year);
  const month = normalizeText(boxes.month);
  const day = normalizeText(boxes.day);
  if (!year || !month || !day) {
    return { ok: false, message: '年・月・日をすべて入力してください。' };
  }
  if (!/^(\d+|元)$/.test(year) || !/^\d+$/.test(month) || !/^\d+$/.test(day)) {
    return { ok: false, message: '年・月・日は数字で入力してください（例：8年11月23日）。' };
  }
  return dateFromWarekiParts({
    era: boxes.era,
    year: year === '元' ? 1 : Number(year),
    month: Number(month),
    day: Number(day),
  });
}

/** The three boxes a person types into, in the order they appear. */
export type DateBox = 'year' | 'month' | 'day';
export const dateBoxes: readonly DateBox[] = ['year', 'month', 'day'];

const readable = (text: string, pattern: RegExp) => pattern.test(normalizeText(text));

/**
 * The boxes whose text keeps `boxes` from making a date: the empty or non-numeric ones, else the
 * month, the day or the year that does not exist; [] when they make a date or are all blank.
 */
export function faultyBoxes(boxes: DateBoxes): DateBox[] {
  if (isBlank(boxes) || dateFromBoxes(boxes).ok) return [];
  const year = normalizeText(boxes.year);
  if (year !== '' && !/^(\d+|元)$/.test(year) && !boxes.month && !boxes.day) return ['year'];
  const unreadable = dateBoxes.filter(
    (box) => !readable(boxes[box], box === 'year' ? /^(\d+|元)$/ : /^\d+$/),
  );
  if (unreadable.length > 0) return unreadable;
  const month = Number(normalizeText(boxes.month));
  if (month < 1 || month > 12) return ['month'];
  // The first of that month exists: then only the day is wrong; else the year (or its 元号) is.
  return dateFromBoxes({ ...boxes, day: '1' }).ok ? ['day'] : ['year'];
}
