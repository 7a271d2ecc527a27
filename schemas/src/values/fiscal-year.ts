// A fiscal year (年度) is the number of the calendar year it starts in: 2026 = 令和8年度,
// 2026-04-01 to 2027-03-31 (地方自治法 第208条: 4月1日に始まり翌年3月31日に終わる).
import { eras } from './eras.ts';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from './fiscal-year-bounds.ts';
import { type ParseResult, parsed, rejected } from './parse-result.ts';
import { normalizeText } from './text.ts';

const firstMonth = 4;
const startYearOf = (era: (typeof eras)[number]) => Number(era.start.slice(0, 4));

// A fiscal year takes the name of the newest era whose first calendar year is not after it:
// 2019 is 令和元年度 although 2019-04 was still 平成 (平成31年度 is read as the same year).
const eraOfFiscalYear = (fy: number) => eras.find((era) => startYearOf(era) <= fy);

/** 2026 → '令和8年度'; 2019 → '令和元年度'. Throws before 平成元年度. */
export function formatFiscalYear(fy: number): string {
  const era = eraOfFiscalYear(fy);
  if (!Number.isInteger(fy) || !era) throw new RangeError(`no era name for fiscal year ${fy}`);
  const year = fy - startYearOf(era) + 1;
  return `${era.name}${year === 1 ? '元' : year}年度`;
}

/** 2026 → '令和8年度（2026年度）': 和暦 with 西暦 alongside, as the screens show a 年度. */
export function formatFiscalYearWithSeireki(fy: number): string {
  return `${formatFiscalYear(fy)}（${fy}年度）`;
}

/** '2027-03-31' → 2026: dates from January to March belong to the fiscal year begun the April before. */
export function fiscalYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= firstMonth ? year : year - 1;
}

/** 2026 → '2026-04-01'. */
export function fiscalYearStart(fy: number): string {
  return `${String(fy).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}-01`;
}

// Rules, visibility and amounts ask for a year's last day at every keystroke: worked out once per year.
const fiscalYearEnds = new Map<number, string>();

/** 2026 → '2027-03-31': the day before the next fiscal year starts. */
export function fiscalYearEnd(fy: number): string {
  let end = fiscalYearEnds.get(fy);
  if (end === undefined) {
    const nextStart = new Date(`${fiscalYearStart(fy + 1)}T00:00:00Z`);
    nextStart.setUTCDate(nextStart.getUTCDate() - 1);
    end = nextStart.toISOString().slice(0, 10);
    fiscalYearEnds.set(fy, end);
  }
  return end;
}

const eraByWriting = new Map<string, (typeof eras)[number]>();
for (const era of eras) {
  for (const writing of [era.name, era.name[0] as string, era.initial, era.initial.toLowerCase()]) {
    eraByWriting.set(writing, era);
  }
}
const eraPattern = new RegExp(`^(${[...eraByWriting.keys()].join('|')})(元|\\d{1,4})(?:年度?)?$`);
const seirekiPattern = /^(\d{4})(?:年度?)?$/;

const messages = {
  empty: '年度を入力してください（例：令和8年度、2026）。',
  unreadable: '年度として読み取れません。「令和8年度」「R8」「2026」のように入力してください。',
  needEra:
    '元号を付けて入力してください（例：令和8年度、R8）。西暦なら4桁で入力してください（例：2026）。',
  tooEarly: `${formatFiscalYear(FIRST_FISCAL_YEAR)}（${FIRST_FISCAL_YEAR}年度）より前の年度は扱えません。`,
  tooLate: '年度が大きすぎます。年を確かめてください。',
} as const;

/** True for a whole fiscal year this kit can name and compute with (FIRST_FISCAL_YEAR to LAST_FISCAL_YEAR). */
export function isKnownFiscalYear(fy: number): boolean {
  return Number.isInteger(fy) && fy >= FIRST_FISCAL_YEAR && fy <= LAST_FISCAL_YEAR;
}

function checkRange(fy: number): ParseResult<number> {
  if (fy < FIRST_FISCAL_YEAR) return rejected(messages.tooEarly);
  if (fy > LAST_FISCAL_YEAR) return rejected(messages.tooLate);
  return parsed(fy);
}

/** Reads 「令和8年度」「R8」「2026」「2026年度」「令和元年度」「平成31年度」 as a fiscal year number. */
export function parseFiscalYear(text: string): ParseResult<number> {
  const compact = normalizeText(text).replace(/\s+/g, '');
  if (compact === '') return rejected(messages.empty);
  const wareki = eraPattern.exec(compact);
  if (wareki) {
    const [, writing = '', yearText = ''] = wareki;
    const era = eraByWriting.get(writing) as (typeof eras)[number];
    const year = yearText === '元' ? 1 : Number(yearText);
    if (year < 1)
      return rejected(`${era.name}0年度はありません。最初の年度は「${era.name}元年度」です。`);
    const fy = startYearOf(era) + year - 1;
    const nextEra = eras[eras.indexOf(era) - 1];
    // 平成31年度 is the same year as 令和元年度; 平成32年度 never existed.
    if (nextEra && fy > startYearOf(nextEra)) {
      return rejected(
        `${era.name}${year}年度はありません。${formatFiscalYear(fy)}のことではありませんか。`,
      );
    }
    return checkRange(fy);
  }
  const seireki = seirekiPattern.exec(compact);
  if (seireki) return checkRange(Number(seireki[1]));
  if (/^\d{1,3}(年度?)?$/.test(compact)) return rejected(messages.needEra);
  return rejected(messages.unreadable);
}
