// Japanese line breaking with 禁則 (JIS X 4051, simplified): closing brackets, punctuation,
// small kana and the prolonged sound mark never start a line; opening brackets never end one.
// A run of Latin letters and digits stays together unless it is wider than a whole line.

/** Characters that must not begin a line (行頭禁則). */
export const NO_LINE_START = new Set(
  [
    '、。，．,.：；:;！？!?・‥…',
    '）)」』】〕〉》］]｝}〙〗’”｣',
    'ーゝゞヽヾ々〻〜～',
    'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
    '%％℃°′″円',
  ].flatMap((s) => [...s]),
);

/** Characters that must not end a line (行末禁則). */
export const NO_LINE_END = new Set([...'（(「『【〔〈《［[｛{〘〖‘“｢¥￥$＄']);

const isWordChar = (c: string) => /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.,\-_/@:'&+#]$/.test(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u3000';

/** May a line break fall between `before` and `after`? */
export function canBreakBetween(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  if (isSpace(after)) return false; // break after the space instead, so it can be dropped
  if (isWordChar(before) && isWordChar(after)) return false;
  return true;
}

/** Splits one paragraph (no newlines) into units that a line break may not split. */
function unbreakableUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  let previous = '';
  for (const char of text) {
    if (current && canBreakBetween(previous, char)) {
      units.push(current);
      current = '';
    }
    current += char;
    previous = char;
  }
  if (current) units.push(current);
  return units;
}

/** Breaks a run wider than a whole line at character boundaries (last resort). */
function splitAnywhere(unit: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks a unit wider than a whole line. An e-mail address or URL breaks only after 「@」 or
 * 「.」 (so no line holds a stray letter); a part still too wide breaks anywhere.
 */
function splitWide(unit: string, maxWidth: number, measure: (s: string) => number): string[] {
  const parts = unit.match(/[^@.]*[@.]|[^@.]+$/g) ?? [unit];
  const pieces: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (measure(piece + part) <= maxWidth) {
      piece += part;
      continue;
    }
    if (piece) pieces.push(piece);
    const split = measure(part) <= maxWidth ? [part] : splitAnywhere(part, maxWidth, measure);
    pieces.push(...split.slice(0, -1));
    piece = split.at(-1) ?? '';
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function breakParagraph(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of unbreakableUnits(text)) {
    if (measure(line + unit) <= maxWidth) {
      line += unit;
      continue;
    }
    // Spaces alone never make a line of their own.
    if (line.trim() !== '') lines.push(line.trimEnd());
    const word = unit.trimEnd();
    const pieces = measure(word) <= maxWidth ? [unit] : splitWide(word, maxWidth, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Lines of `text` that each fit `maxWidth` as measured by `measure`; newlines are kept as breaks. */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => breakParagraph(paragraph, maxWidth, measure));
}
