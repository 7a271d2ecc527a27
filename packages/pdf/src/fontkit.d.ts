// The part of upstream fontkit 2 that this package uses (fontkit ships no types).
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    advanceWidth: number;
  }
  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number;
    /** The subset font file. */
    encode(): Uint8Array;
  }
  export interface FontkitFont {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): FontkitSubset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
