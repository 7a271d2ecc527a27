// The font object pdf-lib expects from "fontkit" (registerFontkit), made from our own TrueType
// reader and subsetter (truetype-font.ts, truetype-subset.ts) instead of the fontkit package:
// pdf-lib only lays out, measures and subsets, and our font has no layout tables, so a full font
// engine would be ~100 KB gzip of code that a PDF never runs.
import type { PDFDocument } from 'pdf-lib';
import { TrueTypeFont } from './truetype-font.ts';
import { TrueTypeSubset } from './truetype-subset.ts';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** A glyph as pdf-lib reads it: id, advance in font units, and the characters it stands for. */
interface PdfLibGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

type Listener = (value?: unknown) => void;

/** The event-emitter shape pdf-lib reads a subset from: one 'data' chunk, then 'end'. */
function encodeStream(subset: TrueTypeSubset) {
  const listeners: Record<string, Listener> = {};
  const stream = {
    on(event: string, listener: Listener) {
      listeners[event] = listener;
      return stream;
    },
  };
  // pdf-lib attaches its listeners right after the call returns; emit once they are there.
  queueMicrotask(() => {
    try {
      listeners.data?.(subset.encode());
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  return stream;
}

/** The fontkit-shaped view of one TrueType font that pdf-lib's custom-font embedders use. */
export class PdfLibFont {
  readonly font: TrueTypeFont;
  readonly #glyphs = new Map<number, PdfLibGlyph>();

  constructor(font: TrueTypeFont) {
    this.font = font;
  }

  get unitsPerEm() {
    return this.font.unitsPerEm;
  }
  get postscriptName() {
    return this.font.postscriptName;
  }
  get ascent() {
    return this.font.ascent;
  }
  get descent() {
    return this.font.descent;
  }
  get bbox() {
    return this.font.bbox;
  }
  get italicAngle() {
    return this.font.italicAngle;
  }
  get capHeight() {
    return this.font.capHeight;
  }
  get xHeight() {
    return this.font.xHeight;
  }
  /** TrueType outlines, never CFF. */
  get cff() {
    return undefined;
  }
  get 'OS/2'() {
    return { sFamilyClass: this.font.familyClass };
  }
  get post() {
    return { isFixedPitch: this.font.isFixedPitch };
  }
  get head() {
    return { macStyle: { italic: this.font.italic } };
  }
  get characterSet() {
    return this.font.codePoints();
  }

  hasGlyphForCodePoint(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  glyphForCodePoint(codePoint: number): PdfLibGlyph {
    const id = this.font.glyphForCodePoint(codePoint);
    let glyph = this.#glyphs.get(id);
    if (!glyph) {
      glyph = {
        id,
        advanceWidth: this.font.horizontalMetrics(id).advance,
        codePoints: [codePoint],
      };
      this.#glyphs.set(id, glyph);
    }
    return glyph;
  }

  /** One glyph per character: the font has no substitutions or kerning to apply. */
  layout(text: string): { glyphs: PdfLibGlyph[] } {
    const glyphs: PdfLibGlyph[] = [];
    for (const char of text) glyphs.push(this.glyphForCodePoint(char.codePointAt(0) ?? 0));
    return { glyphs };
  }

  createSubset() {
    const subset = new TrueTypeSubset(this.font);
    return {
      cff: undefined,
      includeGlyph: (glyph: number | PdfLibGlyph) =>
        subset.includeGlyph(typeof glyph === 'number' ? glyph : glyph.id),
      encode: () => subset.encode(),
      encodeStream: () => encodeStream(subset),
    };
  }
}

// Parsing a 2 MB font takes milliseconds, but keep the parsed font for as long as its bytes live.
const parsed = new WeakMap<Uint8Array, PdfLibFont>();

/** The font for these bytes, parsed once; pdf-lib can embed and subset it. */
export function parseFont(bytes: Uint8Array): PdfLibFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new PdfLibFont(new TrueTypeFont(bytes));
    parsed.set(bytes, font);
  }
  return font;
}

export const fontkitForPdfLib = { create: parseFont } as unknown as PdfLibFontkit;
