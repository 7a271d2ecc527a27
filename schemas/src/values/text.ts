import {
  jis0208KanjiBitmap,
  jis0208Others,
  jis0208StandardMappingAlternatives,
} from '../../data/jis0208.ts';

// Dash-like characters people type between digits (電話番号, 番地, 文書番号): ‐ ‑ ‒ – — ― − ー ｰ ─ ━ ﹣ －.
const dashBetweenDigits = /(?<=\d)[\u2010-\u2015\u2212\u30fc\uff70\u2500\u2501\ufe63\uff0d](?=\d)/g;

/**
 * For parsers only (yen, dates, codes): NFKC (全角英数→半角, 半角カナ→全角), one ASCII hyphen
 * for any dash inside a run of digits, trimmed. Free text is never stored through this.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(dashBetweenDigits, '-').trim();
}

/**
 * What a text box keeps when the user leaves it. A value that folds to one run of Latin letters,
 * digits and their punctuation (電話番号, 内線, メールアドレス typed in 全角) is a code and is
 * folded; anything else is free text and is kept exactly as typed, trimmed only, so official
 * titles keep 「（）」, 「㎡」 and 全角 spaces.
 */
export function textOnLeave(text: string): string {
  const folded = normalizeText(text);
  return /^[\x21-\x7e]+$/.test(folded) ? folded : text.trim();
}

const kanjiStart = 0x4e00;
const kanjiBits = Uint8Array.from(atob(jis0208KanjiBitmap), (c) => c.charCodeAt(0));
const nonKanji = new Set([...jis0208Others, ...jis0208StandardMappingAlternatives]);

/** Membership in JIS X 0208 (levels 1–2 and the non-kanji rows). */
const jis0208 = {
  has(char: string): boolean {
    const offset = (char.codePointAt(0) ?? 0) - kanjiStart;
    if (char.length === 1 && offset >= 0 && offset < kanjiBits.length * 8) {
      return ((kanjiBits[offset >> 3] ?? 0) & (1 << (offset & 7))) !== 0;
    }
    return nonKanji.has(char);
  },
};

// ASCII (JIS X 0201 ローマ字) and line breaks are fine in every document we print, and so is ㎡,
// which the forms' own tables print (延床面積（㎡）); they are allowed although they are not
// JIS X 0208 characters.
const isAlwaysAccepted = (char: string) => /^[\t\n\r\x20-\x7e㎡]$/.test(char);

const isHalfWidthKana = (char: string) => /^[\uff61-\uff9f]$/.test(char);

const isKanji = (char: string) =>
  /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]$/u.test(char);

function reasonFor(char: string): string {
  if (isHalfWidthKana(char)) {
    const fullWidth = char.normalize('NFKC');
    const example = jis0208.has(fullWidth) ? `「${fullWidth}」` : '';
    return `「${char}」は半角カナです。全角カナ${example}で入力してください。`;
  }
  const compatible = char.normalize('NFKC');
  if (compatible !== char && [...compatible].every((c) => jis0208.has(c) || isAlwaysAccepted(c))) {
    return `「${char}」は機種依存文字です。「${compatible}」のように書き換えてください。`;
  }
  if (char.length > 1) {
    return `「${char}」はJIS第1・第2水準にない文字（4バイト文字）です。JIS第1・第2水準の字体に置き換えてください（例：𠮷→吉）。`;
  }
  if (isKanji(char)) {
    return `「${char}」はJIS第1・第2水準にない漢字（機種依存文字・異体字）です。常用の字体に置き換えてください（例：髙→高、﨑→崎）。`;
  }
  return `「${char}」はJIS第1・第2水準にない文字です。別の文字に置き換えてください。`;
}

/**
 * Every character that is not in JIS X 0208 levels 1–2 (ASCII aside), with a Japanese reason.
 * `index` is the UTF-16 index in `text` (as for `text.slice`), so a character beyond the BMP
 * such as 𠮷 counts two.
 */
export function findNonJisCharacters(
  text: string,
): Array<{ char: string; index: number; reason: string }> {
  let found = checkedTexts.get(text);
  if (!found) {
    found = scanNonJis(text);
    if (checkedTexts.size >= checkedTextsLimit) checkedTexts.clear();
    checkedTexts.set(text, found);
  }
  return found.map((entry) => ({ ...entry }));
}

type NonJis = { char: string; index: number; reason: string };

/**
 * Texts already scanned: the whole form is validated on every keystroke, so the same 200 row
 * descriptions would be scanned again each time. Bounded; cleared when full.
 */
const checkedTexts = new Map<string, readonly Readonly<NonJis>[]>();
const checkedTextsLimit = 5000;

function scanNonJis(text: string): NonJis[] {
  const found: NonJis[] = [];
  let index = 0;
  for (const char of text) {
    if (!jis0208.has(char) && !isAlwaysAccepted(char)) {
      found.push({ char, index, reason: reasonFor(char) });
    }
    index += char.length;
  }
  return found;
}
