// Reads what a PDF needs from a TrueType font: the character map, advance widths, the metrics
// of the font descriptor, and each glyph's outline bytes. A few hundred lines instead of a full
// font engine (fontkit, ~100 KB gzip in the browser): our font has no layout tables to apply
// (scripts/font-subset.ts drops them), so a character is one glyph and its width is its advance.

interface TableRecord {
  offset: number;
  length: number;
}

export interface FontBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const tagAt = (view: DataView, at: number) =>
  String.fromCharCode(
    view.getUint8(at),
    view.getUint8(at + 1),
    view.getUint8(at + 2),
    view.getUint8(at + 3),
  );

/** A TrueType (glyf) font, parsed once: lookups are by code point and glyph id. */
export class TrueTypeFont {
  readonly bytes: Uint8Array;
  readonly tables = new Map<string, TableRecord>();
  readonly unitsPerEm: number;
  readonly bbox: FontBox;
  readonly italic: boolean;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly italicAngle: number;
  readonly isFixedPitch: boolean;
  readonly familyClass: number;
  readonly numGlyphs: number;
  readonly postscriptName: string;
  readonly #view: DataView;
  readonly #longLoca: boolean;
  readonly #numberOfHMetrics: number;
  readonly #glyphOfCodePoint: Map<number, number>;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#view = view;
    const version = view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) {
      throw new Error('not a TrueType font (only glyf outlines are supported)');
    }
    const numTables = view.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const at = 12 + i * 16;
      this.tables.set(tagAt(view, at), {
        offset: view.getUint32(at + 8),
        length: view.getUint32(at + 12),
      });
    }
    const head = this.#table('head');
    this.unitsPerEm = view.getUint16(head + 18);
    this.bbox = {
      minX: view.getInt16(head + 36),
      minY: view.getInt16(head + 38),
      maxX: view.getInt16(head + 40),
      maxY: view.getInt16(head + 42),
    };
    this.italic = (view.getUint16(head + 44) & 2) !== 0;
    this.#longLoca = view.getInt16(head + 50) === 1;
    const hhea = this.#table('hhea');
    this.ascent = view.getInt16(hhea + 4);
    this.descent = view.getInt16(hhea + 6);
    this.#numberOfHMetrics = view.getUint16(hhea + 34);
    this.numGlyphs = view.getUint16(this.#table('maxp') + 4);
    const os2 = this.tables.get('OS/2')?.offset;
    const os2Version = os2 === undefined ? -1 : view.getUint16(os2);
    this.familyClass = os2 === undefined ? 0 : view.getInt16(os2 + 30);
    this.xHeight = os2 !== undefined && os2Version >= 2 ? view.getInt16(os2 + 86) : 0;
    this.capHeight = os2 !== undefined && os2Version >= 2 ? view.getInt16(os2 + 88) : this.ascent;
    const post = this.tables.get('post')?.offset;
    this.italicAngle = post === undefined ? 0 : view.getInt32(post + 4) / 65536;
    this.isFixedPitch = post !== undefined && view.getUint32(post + 12) !== 0;
    this.postscriptName = this.#postscriptName();
    this.#glyphOfCodePoint = this.#readCmap();
  }

  #table(tag: string): number {
    const record = this.tables.get(tag);
    if (!record) throw new Error(`the font has no '${tag}' table`);
    return record.offset;
  }

  /** The bytes of table `tag`, or undefined when the font has none. */
  tableBytes(tag: string): Uint8Array | undefined {
    const record = this.tables.get(tag);
    return record && this.bytes.subarray(record.offset, record.offset + record.length);
  }

  /** The glyph drawn for `codePoint`; 0 (.notdef, a blank box) when the font has none. */
  glyphForCodePoint(codePoint: number): number {
    return this.#glyphOfCodePoint.get(codePoint) ?? 0;
  }

  hasGlyphForCodePoint(codePoint: number): boolean {
    return this.#glyphOfCodePoint.has(codePoint);
  }

  /** Every code point the font maps to a glyph. */
  codePoints(): number[] {
    return [...this.#glyphOfCodePoint.keys()];
  }

  /** Advance width and left side bearing of glyph `id`, in font units. */
  horizontalMetrics(id: number): { advance: number; leftSideBearing: number } {
    const hmtx = this.#table('hmtx');
    const last = this.#numberOfHMetrics - 1;
    const advance = this.#view.getUint16(hmtx + 4 * Math.min(id, last));
    const leftSideBearing =
      id <= last
        ? this.#view.getInt16(hmtx + 4 * id + 2)
        : this.#view.getInt16(hmtx + 4 * this.#numberOfHMetrics + 2 * (id - last - 1));
    return { advance, leftSideBearing };
  }

  /** The outline bytes of glyph `id` in the glyf table (empty for a glyph without contours). */
  glyphData(id: number): Uint8Array {
    if (id < 0 || id >= this.numGlyphs) return new Uint8Array(0);
    const loca = this.#table('loca');
    const at = (i: number) =>
      this.#longLoca ? this.#view.getUint32(loca + 4 * i) : this.#view.getUint16(loca + 2 * i) * 2;
    const glyf = this.#table('glyf');
    return this.bytes.subarray(glyf + at(id), glyf + at(id + 1));
  }

  #postscriptName(): string {
    const name = this.tables.get('name')?.offset;
    if (name === undefined) return 'Font';
    const view = this.#view;
    const count = view.getUint16(name + 2);
    const strings = name + view.getUint16(name + 4);
    for (let i = 0; i < count; i++) {
      const at = name + 6 + i * 12;
      if (view.getUint16(at + 6) !== 6) continue;
      const platform = view.getUint16(at);
      const length = view.getUint16(at + 8);
      const start = strings + view.getUint16(at + 10);
      let text = '';
      if (platform === 3 || platform === 0) {
        for (let j = 0; j + 1 < length; j += 2)
          text += String.fromCharCode(view.getUint16(start + j));
      } else {
        for (let j = 0; j < length; j++) text += String.fromCharCode(view.getUint8(start + j));
      }
      if (text) return text;
    }
    return 'Font';
  }

  /** The Unicode character map: format 12 (full Unicode) when present, else format 4 (BMP). */
  #readCmap(): Map<number, number> {
    const view = this.#view;
    // A font made for a PDF (e.g. by truetype-subset.ts) has none: its glyphs are addressed by id.
    const cmap = this.tables.get('cmap')?.offset;
    if (cmap === undefined) return new Map();
    const count = view.getUint16(cmap + 2);
    let format4: number | undefined;
    let format12: number | undefined;
    for (let i = 0; i < count; i++) {
      const at = cmap + 4 + i * 8;
      const platform = view.getUint16(at);
      const encoding = view.getUint16(at + 2);
      const subtable = cmap + view.getUint32(at + 4);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      const format = view.getUint16(subtable);
      if (format === 12) format12 ??= subtable;
      if (format === 4) format4 ??= subtable;
    }
    if (format12 !== undefined) return this.#readFormat12(format12);
    if (format4 !== undefined) return this.#readFormat4(format4);
    throw new Error('the font has no Unicode character map');
  }

  #readFormat12(at: number): Map<number, number> {
    const view = this.#view;
    const map = new Map<number, number>();
    const groups = view.getUint32(at + 12);
    for (let i = 0; i < groups; i++) {
      const group = at + 16 + i * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      const glyph = view.getUint32(group + 8);
      for (let c = start; c <= end; c++) if (glyph + c - start !== 0) map.set(c, glyph + c - start);
    }
    return map;
  }

  #readFormat4(at: number): Map<number, number> {
    const view = this.#view;
    const map = new Map<number, number>();
    const segments = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const start = view.getUint16(starts + 2 * s);
      const end = view.getUint16(ends + 2 * s);
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) map.set(c, glyph);
      }
    }
    return map;
  }
}
