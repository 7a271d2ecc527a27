// Arbitraries for what people type into Japanese forms: digits in 半角 and 全角, separators,
// 万/千/億 units, 元号 and their initials, dashes and spaces, mixed with anything at all.
import fc from 'fast-check';

/** At least 10,000 runs for every target (issue 11). */
export const runs = { numRuns: 10_000 } as const;

/** Digits, commas, dots, hyphens and slashes written in 全角. */
export const toFullWidth = (text: string) =>
  text.replace(/[0-9,.\-/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Pieces that parsers look for, so random strings often get deep into them. */
const piece = fc.constantFrom(
  ...'0123456789０１２３４５６７８９'.split(''),
  ...[',', '，', '.', '．', '-', '－', 'ー', '‐', '/', '／', ' ', '　', '\t'],
  ...['万', '千', '億', '兆', '円', '¥', '￥', '\\', '▲', '△', '−'],
  ...['令和', '平成', '昭和', '大正', '令', '平', 'R', 'r', 'H', 'h', 'S', '元'],
  ...['年', '月', '日', '年度', '度'],
  ...['ｶ', 'ﾞ', '①', '㈱', '髙', '𠮷', '\u202e', '\u0301', '\ud800', '\udfff'],
);

/** Short strings built from the pieces above. */
export const typedText = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

/** Anything: any code point, grapheme clusters, the targeted pieces. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  typedText,
);

/** An ISO date from 1989-01-08 (平成元年1月8日) to 9999-12-31. */
export const isoDateInRange = fc
  .date({
    min: new Date('1989-01-08T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
