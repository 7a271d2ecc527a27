// Our TrueType reader and subsetter (what pdf-lib embeds): the subset is a valid font that holds
// exactly the glyphs used, each as in the original, padded to 4 bytes (blank glyphs otherwise).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import { TrueTypeFont } from '../../packages/pdf/src/truetype-font.ts';
import { TrueTypeSubset } from '../../packages/pdf/src/truetype-subset.ts';

let font: TrueTypeFont;
before(async () => {
  font = new TrueTypeFont((await loadNodeFonts()).regular);
});

const wholeFontChecksum = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let at = 0; at < bytes.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
};

describe('TrueType の部分集合', () => {
  it('文字からグリフを引き、ないものは 0（.notdef）とする', () => {
    assert.ok(font.glyphForCodePoint('申'.codePointAt(0)!) > 0);
    assert.equal(font.hasGlyphForCodePoint(0x20bb7), false);
    assert.equal(font.glyphForCodePoint(0x20bb7), 0);
    assert.ok(font.horizontalMetrics(font.glyphForCodePoint(0x3042)).advance > 0);
  });

  it('使ったグリフだけを元と同じ字形・幅で持ち、4 バイト境界にそろえ、検査和が正しい', () => {
    const used = [...'申請書A'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!));
    const subset = new TrueTypeSubset(font);
    assert.deepEqual(
      used.map((id) => subset.includeGlyph(id)),
      [1, 2, 3, 4],
    );
    assert.equal(subset.includeGlyph(used[0]!), 1, 'a glyph is included once');
    const bytes = subset.encode();
    assert.equal(bytes.byteLength % 4, 0);
    assert.equal(wholeFontChecksum(bytes), 0xb1b0afba);
    const written = new TrueTypeFont(bytes);
    assert.equal(written.numGlyphs, 5);
    used.forEach((oldId, i) => {
      const original = font.glyphData(oldId);
      const copy = written.glyphData(i + 1);
      assert.equal(copy.byteLength % 4, 0);
      assert.deepEqual(copy.subarray(0, original.byteLength), original);
      assert.deepEqual(written.horizontalMetrics(i + 1), font.horizontalMetrics(oldId));
    });
    for (const { offset } of written.tables.values()) assert.equal(offset % 4, 0);
  });

  it('複合グリフは部品のグリフも含め、部品の番号を付け替える', () => {
    // A font of three glyphs: 0 (.notdef), 1 (simple), 2 (composite of glyph 1, twice).
    const simple = font.glyphData(font.glyphForCodePoint('口'.codePointAt(0)!));
    const composite = new Uint8Array(10 + 2 * 6);
    const view = new DataView(composite.buffer);
    view.setInt16(0, -1);
    view.setUint16(10, 0x0020); // MORE_COMPONENTS, byte arguments
    view.setUint16(12, 1);
    view.setUint16(16, 0x0000);
    view.setUint16(18, 1);
    const glyphs = [new Uint8Array(0), simple, composite];
    const fake = {
      glyphData: (id: number) => glyphs[id] ?? new Uint8Array(0),
      horizontalMetrics: () => ({ advance: 1000, leftSideBearing: 0 }),
      tableBytes: (tag: string) => font.tableBytes(tag),
    } as unknown as TrueTypeFont;
    const subset = new TrueTypeSubset(fake);
    assert.equal(subset.includeGlyph(2), 1);
    const written = new TrueTypeFont(subset.encode());
    assert.equal(written.numGlyphs, 3, 'the component came along');
    const copy = new DataView(written.glyphData(1).buffer, written.glyphData(1).byteOffset);
    assert.equal(copy.getUint16(12), 2);
    assert.equal(copy.getUint16(18), 2);
    assert.deepEqual(written.glyphData(2).subarray(0, simple.byteLength), simple);
  });
});
