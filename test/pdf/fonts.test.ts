import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fontSubsetFiles, sourceFontPath } from '../../packages/pdf/scripts/font-subset.ts';
import { parseFont } from '../../packages/pdf/src/fontkit-adapter.ts';
import {
  buildPdf,
  checkGlyphCoverage,
  FONT_FILE_NAME,
  FontLoadError,
  fetchFonts,
  MissingGlyphsError,
} from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';
import {
  jis0208KanjiBitmap,
  jis0208Others,
  jis0208StandardMappingAlternatives,
} from '../../schemas/data/jis0208.ts';
import { GENERATED_AT } from './sample-spec.ts';

describe('フォントの取得（ブラウザー）', () => {
  const fakeFetch = (body: Uint8Array, status = 200) => {
    const urls: string[] = [];
    const fn = (async (url: string) => {
      urls.push(url);
      return new Response(body as BlobPart, { status });
    }) as typeof fetch;
    return { fn, urls };
  };
  const font = new Uint8Array([0, 1, 0, 0, 7, 8, 9]);

  it('1つのフォントファイルを指定の場所から一度だけ取得し、gzip を展開し、次の文書では再利用する', async () => {
    const { fn, urls } = fakeFetch(gzipSync(font));
    const first = await fetchFonts('https://portal.example.jp/koiki/fonts/', fn);
    const second = await fetchFonts('https://portal.example.jp/koiki/fonts', fn);
    assert.equal(first, second);
    assert.deepEqual(urls, [`https://portal.example.jp/koiki/fonts/${FONT_FILE_NAME}`]);
    assert.deepEqual([...first.regular], [...font]);
    assert.equal(first.bold, undefined, '太字は標準の字形から描く');
  });

  it('サーバーが展開済みで送ってきた（Content-Encoding: gzip）フォントはそのまま使う', async () => {
    const { fn } = fakeFetch(font);
    const fonts = await fetchFonts('https://decoded.example.jp/fonts', fn);
    assert.deepEqual([...fonts.regular], [...font]);
  });

  it('取得に失敗したら日本語で知らせ、次の依頼でもう一度取得する', async () => {
    const failing = fakeFetch(font, 404);
    await assert.rejects(
      fetchFonts('https://cdn.example.jp/missing', failing.fn),
      (error: unknown) => {
        assert.ok(error instanceof FontLoadError);
        assert.match(error.message, /フォント.*もう一度お試しください/);
        return true;
      },
    );
    const working = fakeFetch(gzipSync(font));
    await fetchFonts('https://cdn.example.jp/missing', working.fn);
    assert.equal(working.urls.length, 1);
  });
});

describe('PDF のフォント（npm のフォントから作る部分集合）', () => {
  const jis0208Kanji = () => {
    const bits = Buffer.from(jis0208KanjiBitmap, 'base64');
    const kanji: string[] = [];
    for (let i = 0; i < bits.length * 8; i++)
      if ((bits[i >> 3] ?? 0) & (1 << (i & 7))) kanji.push(String.fromCodePoint(0x4e00 + i));
    return kanji;
  };

  it('JIS X 0208 の全 6,879 字、IBM・NEC の拡張文字、ASCII、半角カナ、記号を印字できる', async () => {
    const font = parseFont((await loadNodeFonts()).regular);
    const jis = [...jis0208Others, ...jis0208Kanji()];
    assert.equal(jis.length, 6879);
    const extra = [...jis0208StandardMappingAlternatives, ...'髙﨑塚德①⑳Ⅰ㎡㈱№～－–ｱﾝﾞ AZaz09~'];
    const missing = [...jis, ...extra].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    assert.deepEqual(missing, []);
  });

  it('元のフォントの半分以下の大きさで、ブラウザーには 1,500 KB 以下（gzip）で届く', async () => {
    const files = await fontSubsetFiles();
    const source = await readFile(sourceFontPath());
    const ttf = await readFile(files.ttf);
    const gzip = await readFile(files.gzip);
    assert.ok(ttf.length < source.length / 2, `${ttf.length} / ${source.length}`);
    assert.ok(gzip.length <= 1_500_000, `${gzip.length} bytes`);
    assert.ok(files.gzip.endsWith(FONT_FILE_NAME));
  });

  it('JIS X 0213 にあって JIS X 0208 にない字（剝）は、作成の前に項目名とともに知らせる', async () => {
    // The original font has 剝 (so this is the subset's doing, not a gap of the typeface).
    const original = parseFont(new Uint8Array(await readFile(sourceFontPath())));
    assert.ok(original.hasGlyphForCodePoint(0x525d));
    const spec = {
      title: '申請書',
      formId: 'coverage-test',
      schemaVersion: 1,
      blocks: [{ kind: 'paragraph' as const, text: '樹皮を剝ぐ', path: 'project.summary' }],
      data: {},
      meta: { author: 'テスト町' },
    };
    await assert.rejects(
      buildPdf(spec, await loadNodeFonts(), { generatedAt: GENERATED_AT }),
      (error: unknown) => {
        assert.ok(error instanceof MissingGlyphsError);
        assert.equal(error.missing.length, 1);
        assert.deepEqual(error.missing[0], { path: 'project.summary', char: '剝' });
        assert.match(error.message, /project\.summary: 「剝」/);
        return true;
      },
    );
  });
});

describe('字形の有無の確認', () => {
  it('フォントにない字を項目ごとに挙げ、よく使われる字を示す（𠮷→吉、槗→橋）', async () => {
    const font = parseFont((await loadNodeFonts()).regular);
    const missing = checkGlyphCoverage(
      { 'head.name': '𠮷田 𠮷男', 'bridge.name': '槗本', ok: '髙橋 﨑山 渡邉 ①' },
      font,
    );
    assert.deepEqual(missing, [
      { path: 'head.name', char: '𠮷', suggestion: '吉' },
      { path: 'bridge.name', char: '槗', suggestion: '橋' },
    ]);
  });

  it('互換漢字は正規化した字を、表にも無い字は候補なしで示す', () => {
    // A font that has only the unified ideographs 塚 and 田.
    const font = { hasGlyphForCodePoint: (cp: number) => cp === 0x585a || cp === 0x7530 };
    assert.deepEqual(checkGlyphCoverage({ name: '\uFA10田', other: '\u{2A6B2}' }, font), [
      { path: 'name', char: '\uFA10', suggestion: '塚' },
      { path: 'other', char: '\u{2A6B2}' },
    ]);
  });
});
