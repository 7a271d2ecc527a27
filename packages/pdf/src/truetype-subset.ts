// Writes a TrueType font that holds only the glyphs a document uses, numbered in the order they
// were first used (glyph 0 stays .notdef). Every glyph record is padded to 4 bytes and the glyph
// offsets are written in the long format: the odd-length records of some subsetters are what made
// glyphs print blank (pdf-lib#1232). Composite glyphs bring their components along.
import type { TrueTypeFont } from './truetype-font.ts';

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The tables a PDF's embedded TrueType font program needs (hinting ones only if the font has them). */
const COPIED_TABLES = ['cvt ', 'fpgm', 'prep'];

const padded = (length: number) => (length + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let at = 0; at < whole; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  if (whole < bytes.byteLength) {
    let last = 0;
    for (let at = whole; at < whole + 4; at++) last = (last << 8) | (bytes[at] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** The sfnt file around `tables` (tag → bytes), with the directory, checksums and head's adjustment. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  let size = 12 + 16 * tags.length;
  const offsets = tags.map((tag) => {
    const at = size;
    size += padded(tables.get(tag)!.byteLength);
    return at;
  });
  const font = new Uint8Array(size);
  const view = new DataView(font.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum(bytes));
    view.setUint32(record + 8, offsets[i]!);
    view.setUint32(record + 12, bytes.byteLength);
    font.set(bytes, offsets[i]!);
  });
  const head = offsets[tags.indexOf('head')]!;
  view.setUint32(head + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

/** A copy of `bytes` that can be changed. */
const copyOf = (bytes: Uint8Array | undefined, tag: string) => {
  if (!bytes) throw new Error(`the font has no '${tag}' table`);
  return new Uint8Array(bytes);
};

export class TrueTypeSubset {
  readonly #font: TrueTypeFont;
  /** Old glyph id of each new one. */
  readonly #glyphs: number[] = [0];
  readonly #newId = new Map<number, number>([[0, 0]]);

  constructor(font: TrueTypeFont) {
    this.#font = font;
  }

  /** Adds glyph `id` (if not there yet) and returns its id in the subset. */
  includeGlyph(id: number): number {
    let known = this.#newId.get(id);
    if (known === undefined) {
      known = this.#glyphs.length;
      this.#glyphs.push(id);
      this.#newId.set(id, known);
    }
    return known;
  }

  /** The glyph's outline with its component ids renumbered (components are added as found). */
  #glyphRecord(oldId: number): Uint8Array {
    const source = this.#font.glyphData(oldId);
    if (source.byteLength < 10) return new Uint8Array(0);
    const glyph = new Uint8Array(padded(source.byteLength));
    glyph.set(source);
    const view = new DataView(glyph.buffer);
    if (view.getInt16(0) >= 0) return glyph;
    let at = 10;
    let flags: number;
    do {
      flags = view.getUint16(at);
      view.setUint16(at + 2, this.includeGlyph(view.getUint16(at + 2)));
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    } while (flags & MORE_COMPONENTS);
    return glyph;
  }

  /** The subset font file. */
  encode(): Uint8Array {
    const records: Uint8Array[] = [];
    // The list grows while composite glyphs add their components.
    for (let i = 0; i < this.#glyphs.length; i++) records.push(this.#glyphRecord(this.#glyphs[i]!));
    const count = records.length;
    const glyf = new Uint8Array(records.reduce((total, r) => total + r.byteLength, 0));
    const loca = new Uint8Array(4 * (count + 1));
    const locaView = new DataView(loca.buffer);
    const hmtx = new Uint8Array(4 * count);
    const hmtxView = new DataView(hmtx.buffer);
    let offset = 0;
    records.forEach((record, i) => {
      locaView.setUint32(4 * i, offset);
      glyf.set(record, offset);
      offset += record.byteLength;
      const metrics = this.#font.horizontalMetrics(this.#glyphs[i]!);
      hmtxView.setUint16(4 * i, metrics.advance);
      hmtxView.setInt16(4 * i + 2, metrics.leftSideBearing);
    });
    locaView.setUint32(4 * count, offset);

    const head = copyOf(this.#font.tableBytes('head'), 'head');
    new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set by writeFont
    new DataView(head.buffer).setInt16(50, 1); // long loca offsets
    const hhea = copyOf(this.#font.tableBytes('hhea'), 'hhea');
    new DataView(hhea.buffer).setUint16(34, count);
    const maxp = copyOf(this.#font.tableBytes('maxp'), 'maxp');
    new DataView(maxp.buffer).setUint16(4, count);

    const tables = new Map<string, Uint8Array>([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['hmtx', hmtx],
      ['loca', loca],
      ['glyf', glyf],
    ]);
    for (const tag of COPIED_TABLES) {
      const bytes = this.#font.tableBytes(tag);
      if (bytes) tables.set(tag, bytes);
    }
    return writeFont(tables);
  }
}
