import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFont } from '../../packages/pdf/src/fontkit-adapter.ts';
import { checkGlyphCoverage, FontLoadError, fetchFonts } from '../../packages/pdf/src/index.ts';
import { loadNodeFonts } from '../../packages/pdf/src/node-fonts.ts';

describe('フォントの取得（ブラウザー）', () => {
  const fakeFetch = (status = 200) => {
    const urls: string[] = [];
    const fn = (async (url: string) => {
      urls.push(url);
      return new Response(new Uint8Array([1, 2, 3]), { status });
    }) as typeof fetch;
    return { fn, urls };
  };

  it('2つのフォントを指定の場所から一度だけ取得し、次の文書では再利用する', async () => {
    const { fn, urls } = fakeFetch();
    const first = await fetchFonts('https://portal.example.jp/koiki/fonts/', fn);
    const second = await fetchFonts('https://portal.example.jp/koiki/fonts', fn);
    assert.equal(first, second);
    assert.deepEqual(urls.sort(), [
      'https://portal.example.jp/koiki/fonts/BIZUDPGothic-Bold.ttf',
      'https://portal.example.jp/koiki/fonts/BIZUDPGothic-Regular.ttf',
    ]);
    assert.deepEqual([...first.regular], [1, 2, 3]);
  });

  it('取得に失敗したら日本語で知らせ、次の依頼でもう一度取得する', async () => {
    const failing = fakeFetch(404);
    await assert.rejects(
      fetchFonts('https://cdn.example.jp/missing', failing.fn),
      (error: unknown) => {
        assert.ok(error instanceof FontLoadError);
        assert.match(error.message, /フォント.*もう一度お試しください/);
        return true;
      },
    );
    const working = fakeFetch();
    await fetchFonts('https://cdn.example.jp/missing', working.fn);
    assert.equal(working.urls.length, 2);
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
