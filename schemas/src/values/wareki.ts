import { type Era, eras } from './eras.ts';
import { type ParseResult, parsed, rejected } from './parse-result.ts';
import { normalizeText } from './text.ts';

export type WarekiParts = { era: Era; year: number; month: number; day: number };

type EraEntry = (typeof eras)[number];

const oldestEra = eras[eras.length - 1] as EraEntry;
const startYearOf = (era: EraEntry) => Number(era.start.slice(0, 4));
const eraNamed = (name: Era) => eras.find((era) => era.name === name) as EraEntry;
/** The era that follows `era`, if any (eras are listed newest first). */
const eraAfter = (era: EraEntry): EraEntry | undefined => eras[eras.indexOf(era) - 1];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoOf = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
const eraYearText = (year: number) => (year === 1 ? '元' : String(year));

// Every keystroke checks the form's dates many times (visibility, rules, amounts): the length of
// a month is worked out once per month, not with a new Date each time.
const monthLengths = new Map<number, number>();

function daysInMonth(year: number, month: number): number {
  const kept = Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12;
  const key = year * 100 + month;
  let days = kept ? monthLengths.get(key) : undefined;
  if (days === undefined) {
    days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (kept) monthLengths.set(key, days);
  }
  return days;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  const match = isoPattern.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function splitIso(iso: string): [year: number, month: number, day: number] {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return iso.split('-').map(Number) as [number, number, number];
}

/** Why month/day do not exist in that year, or undefined when they do. `yearLabel` is e.g. 「令和8年」. */
function calendarProblem(year: number, month: number, day: number, yearLabel: string) {
  if (month < 1 || month > 12) return `${month}月はありません。月は1〜12で入力してください。`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${yearLabel}${month}月は${last}日までです。${month}月${day}日という日付はありません。`;
  }
  return undefined;
}

const earliestMessage = () =>
  `${formatWareki(oldestEra.start)}（${startYearOf(oldestEra)}年）より前の日付は入力できません。`;

/** 令和8年11月23日 → '2026-11-23', refusing days outside the era (令和元年4月30日 was 平成31年). */
export function dateFromWarekiParts(parts: WarekiParts): ParseResult<string> {
  const { era: name, year, month, day } = parts;
  const era = eraNamed(name);
  const written = `${name}${eraYearText(year)}年${month}月${day}日`;
  if (!Number.isInteger(year) || year < 1) {
    return rejected(`${name}${year}年はありません。最初の年は「${name}元年」です。`);
  }
  const seireki = startYearOf(era) + year - 1;
  if (seireki > 9999) return rejected(`${written}は扱えません。年を確かめてください。`);
  const problem = calendarProblem(seireki, month, day, `${name}${eraYearText(year)}年`);
  if (problem) return rejected(problem);
  const iso = isoOf(seireki, month, day);
  const next = eraAfter(era);
  if (iso < era.start || (next && iso >= next.start)) {
    if (iso < oldestEra.start) return rejected(`${written}はありません。${earliestMessage()}`);
    return rejected(`${written}という日付はありません。この日は${formatWareki(iso)}です。`);
  }
  return parsed(iso);
}

function dateFromSeireki(year: number, month: number, day: number): ParseResult<string> {
  const problem = calendarProblem(year, month, day, `${year}年`);
  if (problem) return rejected(problem);
  const iso = isoOf(year, month, day);
  if (iso < oldestEra.start) return rejected(earliestMessage());
  return parsed(iso);
}

const eraByWriting: Record<string, Era> = {};
for (const era of eras) {
  for (const writing of [era.name, era.name[0] as string, era.initial, era.initial.toLowerCase()]) {
    eraByWriting[writing] = era.name;
  }
}

const separator = String.raw`(?:年|[.\/-])`;
const eraPattern = new RegExp(
  String.raw`^(${Object.keys(eraByWriting).join('|')})(元|\d{1,4})${separator}(\d{1,2})(?:月|[.\/-])(\d{1,2})日?$`,
);
const seirekiPattern = new RegExp(
  String.raw`^(\d{4})${separator}(\d{1,2})(?:月|[.\/-])(\d{1,2})日?$`,
);
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;

const messages = {
  empty: '日付を入力してください（例：令和8年11月23日、R8.11.23、2026-11-23）。',
  olderEra: `${oldestEra.name}より前の元号の日付は扱えません。${oldestEra.name}元年1月8日以降の日付を入力してください。`,
  unreadable:
    '日付として読み取れません。「令和8年11月23日」「R8.11.23」「2026-11-23」のように入力してください。',
} as const;

/** Reads 「令和8年11月23日」「R8.11.23」「令和元年5月1日」「2026/11/23」「2026年11月23日」 as 'YYYY-MM-DD'. */
export function parseDate(text: string): ParseResult<string> {
  const compact = normalizeText(text).replace(/\s+/g, '');
  if (compact === '') return rejected(messages.empty);
  const wareki = eraPattern.exec(compact);
  if (wareki) {
    const [, writing = '', year = '', month = '', day = ''] = wareki;
    return dateFromWarekiParts({
      era: eraByWriting[writing] as Era,
      year: year === '元' ? 1 : Number(year),
      month: Number(month),
      day: Number(day),
    });
  }
  const seireki = seirekiPattern.exec(compact) ?? compactPattern.exec(compact);
  if (seireki) {
    const [year, month, day] = seireki.slice(1).map(Number) as [number, number, number];
    return dateFromSeireki(year, month, day);
  }
  if (/^(昭和|大正|明治|[SsTtMm]\d)/.test(compact)) return rejected(messages.olderEra);
  return rejected(messages.unreadable);
}

/** '2026-11-23' → { era: '令和', year: 8, month: 11, day: 23 }. Throws before 平成元年1月8日. */
export function warekiParts(iso: string): WarekiParts {
  const [year, month, day] = splitIso(iso);
  const era = eras.find((candidate) => candidate.start <= iso);
  if (!era) throw new RangeError(`${iso} is before ${oldestEra.name}`);
  return { era: era.name, year: year - startYearOf(era) + 1, month, day };
}

/** '2026-11-23' → '令和8年11月23日'; the first year of an era is 「元年」. */
export function formatWareki(iso: string): string {
  const { era, year, month, day } = warekiParts(iso);
  return `${era}${eraYearText(year)}年${month}月${day}日`;
}

/** '2026-11-23' → '令和8年11月23日（2026年）'. */
export function formatWarekiWithSeireki(iso: string): string {
  return `${formatWareki(iso)}（${iso.slice(0, 4).replace(/^0+/, '')}年）`;
}

/** 2026 → '2026年（令和8年）'; a year two eras share names both: 2019 → '2019年（平成31年・令和元年）'. */
export function formatYearWithEra(year: number): string {
  const names = [...eras]
    .reverse()
    .filter((era) => {
      const next = eraAfter(era);
      return startYearOf(era) <= year && (!next || year <= startYearOf(next));
    })
    .map((era) => `${era.name}${eraYearText(year - startYearOf(era) + 1)}年`);
  return names.length ? `${year}年（${names.join('・')}）` : `${year}年`;
}

/** Like formatWareki, but a date before 平成 (which this kit cannot name) is written 「1956年9月1日」. */
export function formatJapaneseDate(iso: string): string {
  if (iso >= oldestEra.start) return formatWareki(iso);
  const [year, month, day] = splitIso(iso);
  return `${year}年${month}月${day}日`;
}
