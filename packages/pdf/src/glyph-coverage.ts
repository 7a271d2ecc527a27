import type { MissingGlyph } from './errors.ts';
import { VARIANT_SUGGESTIONS } from './variant-suggestions.ts';

/** What coverage needs from a font (a parsed font, fontkit-adapter.ts, satisfies it). */
export interface GlyphLookup {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// Line breaks and tabs are layout, not glyphs.
const isLayoutChar = (char: string) => char === '\n' || char === '\r' || char === '\t';

const printable = (text: string, font: GlyphLookup) =>
  [...text].every((c) => isLayoutChar(c) || font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));

/** A form of `char` the font can print: a common variant, or its normalised form. */
function suggestionFor(char: string, font: GlyphLookup): string | undefined {
  const candidates = [VARIANT_SUGGESTIONS[char], char.normalize('NFC'), char.normalize('NFKC')];
  return candidates.find((c) => c !== undefined && c !== char && printable(c, font));
}

/** Every character of every field that `font` cannot print, once per field, with a suggestion. */
export function checkGlyphCoverage(
  fields: Record<string, string>,
  font: GlyphLookup,
): MissingGlyph[] {
  const missing: MissingGlyph[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const seen = new Set<string>();
    for (const char of text) {
      if (seen.has(char) || printable(char, font)) continue;
      seen.add(char);
      const suggestion = suggestionFor(char, font);
      missing.push(suggestion ? { path, char, suggestion } : { path, char });
    }
  }
  return missing;
}

/** A lookup that accepts a character only if every one of `fonts` has it. */
export const allOf = (...fonts: GlyphLookup[]): GlyphLookup => ({
  hasGlyphForCodePoint: (codePoint) => fonts.every((f) => f.hasGlyphForCodePoint(codePoint)),
});
