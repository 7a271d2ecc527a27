import { type ParseResult, parsed, rejected } from './parse-result.ts';
import { normalizeText } from './text.ts';

// Amounts are whole 円 held in a JS number, so the largest is Number.MAX_SAFE_INTEGER.
const largest = BigInt(Number.MAX_SAFE_INTEGER);

// Japanese units, largest first; a unit may follow only a larger one (「1億2,000万」, 「12万5千」).
const units: ReadonlyArray<readonly [unit: string, power: number]> = [
  ['兆', 12],
  ['億', 8],
  ['万', 4],
  ['千', 3],
];

const messages = {
  empty: '金額を入力してください（例：6,000,000、600万）。',
  negative: 'マイナスの金額は入力できません。0円以上の金額を入力してください。',
  fraction:
    '1円未満の端数は入力できません。円単位の整数で入力してください（1.5万 は 15,000円 です）。',
  tooLarge: `金額が大きすぎます。${formatYenAmount(Number.MAX_SAFE_INTEGER)}以下で入力してください。`,
  comma: 'カンマの位置が正しくありません。3桁ごとに区切って入力してください（例：6,000,000）。',
  unitOrder:
    '単位の順番が正しくありません。大きい単位から順に書いてください（例：1億2,000万円、12万5千円）。',
  unreadable:
    '金額として読み取れません。数字で入力してください（例：6,000,000、600万、6,000千円）。',
} as const;

/** A decimal numeral as digits × 10^-scale, e.g. 「1.5」 → 15n, scale 1. */
type Decimal = { digits: bigint; scale: number };

function readNumber(numeral: string): Decimal | 'comma' | undefined {
  const match = /^(\d+(?:,\d+)*)(?:\.(\d+))?$/.exec(numeral);
  if (!match) return undefined;
  const [, whole = '', fraction = ''] = match;
  if (whole.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(whole)) return 'comma';
  return { digits: BigInt(whole.replaceAll(',', '') + fraction), scale: fraction.length };
}

/** number × 10^power as whole 円, or undefined when a fraction of a 円 would be left. */
function toWholeYen({ digits, scale }: Decimal, power: number): bigint | undefined {
  if (scale <= power) return digits * 10n ** BigInt(power - scale);
  const divisor = 10n ** BigInt(scale - power);
  return digits % divisor === 0n ? digits / divisor : undefined;
}

/** Reads 「6,000,000」「600万円」「6,000千円」「1億2,000万円」「12万5千円」 as whole 円. */
export function parseYen(text: string): ParseResult<number> {
  let rest = normalizeText(text).replace(/\s+/g, '');
  if (rest === '') return rejected(messages.empty);
  if (/^[-−‐▲△]/.test(rest)) return rejected(messages.negative);
  rest = rest.replace(/^[¥\\]/, '').replace(/円$/, '');
  if (rest === '') return rejected(messages.unreadable);

  // Split into 「number unit」 groups: 「1億2,000万5」 → 1億, 2,000万, 5.
  const groups = rest.match(/[\d.,]+[兆億万千]?/g);
  if (!groups || groups.join('') !== rest) return rejected(messages.unreadable);

  let total = 0n;
  let previousPower = Number.POSITIVE_INFINITY;
  for (const group of groups) {
    const unit = units.find(([name]) => group.endsWith(name));
    const power = unit ? unit[1] : 0;
    if (power >= previousPower) return rejected(messages.unitOrder);
    const number = readNumber(unit ? group.slice(0, -1) : group);
    if (number === 'comma') return rejected(messages.comma);
    if (!number) return rejected(messages.unreadable);
    const amount = toWholeYen(number, power);
    if (amount === undefined) return rejected(messages.fraction);
    // 「1万20000」: what follows 万 must be less than 1万.
    if (previousPower !== Number.POSITIVE_INFINITY && amount >= 10n ** BigInt(previousPower)) {
      return rejected(messages.unitOrder);
    }
    total += amount;
    previousPower = power;
  }
  if (total > largest) return rejected(messages.tooLarge);
  return parsed(Number(total));
}

/** 6000000 → '6,000,000'. Throws on a value that is not a whole number of 円. */
export function formatYen(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`formatYen: ${value} is not whole 円`);
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 6000000 → '6,000,000円': the one way an amount in 円 is written on screen and on paper. */
export function formatYenAmount(value: number): string {
  return `${formatYen(value)}円`;
}

/** 6000500 → '6,001千円': 円 written in 千円, rounded as 地方交付税法 第22条 asks (see toThousandYen). */
export function formatThousandYen(value: number): string {
  return `${formatYen(toThousandYen(value))}千円`;
}

/**
 * 円 → 千円 as 地方交付税法 第22条 asks: under 500円 is dropped, 500円 or more counts as 1,000円
 * (6,000,499 → 6000; 6,000,500 → 6001). A negative amount is rounded the same way by size.
 */
export function toThousandYen(value: number): number {
  if (value < 0) return -toThousandYen(-value);
  const remainder = value % 1000;
  return (value - remainder) / 1000 + (remainder >= 500 ? 1 : 0);
}
