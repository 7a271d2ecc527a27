// The PDF font is kept in Cache Storage: a second visit (a new page life, so a fresh module)
// builds its first PDF without downloading the font again.
import { expect } from '@open-wc/testing';
import { FONT_FILE_NAME } from '../../packages/pdf/src/font-files.ts';

type FetchFontsModule = typeof import('../../packages/pdf/src/fetch-fonts.ts');

const moduleUrl = new URL('../../packages/pdf/src/fetch-fonts.ts', import.meta.url).href;

/** The fetch-fonts module as a new page would load it: its own instance, nothing in memory. */
const freshVisit = (visit: number) =>
  import(`${moduleUrl}?visit=${visit}`) as Promise<FetchFontsModule>;

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Resolves once the cache holds exactly `urls` (the font is written in the background). */
async function cacheHolds(cacheName: string, urls: string[]): Promise<void> {
  const cache = await caches.open(cacheName);
  const same = async () =>
    JSON.stringify((await cache.keys()).map((r) => r.url)) === JSON.stringify(urls);
  while (!(await same())) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('PDF のフォントのキャッシュ（Cache Storage）', () => {
  const font = new Uint8Array([0, 1, 0, 0, 4, 5, 6, 7]);
  const base = 'https://portal.example.jp/koiki/koiki-assets/';
  let cacheName: string;

  before(async () => {
    cacheName = (await freshVisit(0)).FONT_CACHE_NAME;
  });
  beforeEach(() => caches.delete(cacheName));
  afterEach(() => caches.delete(cacheName));

  it('2回目の訪問では、最初の PDF でもフォントを取得し直さない', async () => {
    const body = await gzip(font);
    const fetched: string[] = [];
    const fetchFn = (async (url: string) => {
      fetched.push(url);
      return new Response(body as BlobPart);
    }) as typeof fetch;

    const first = await (await freshVisit(1)).fetchFonts(base, fetchFn);
    expect(fetched).to.deep.equal([`${base}${FONT_FILE_NAME}`]);
    expect([...first.regular]).to.deep.equal([...font]);
    await cacheHolds(cacheName, [`${base}${FONT_FILE_NAME}`]);

    const second = await (await freshVisit(2)).fetchFonts(base, fetchFn);
    expect(fetched.length, 'the second visit read the font from Cache Storage').to.equal(1);
    expect([...second.regular]).to.deep.equal([...font]);
  });

  it('前の版の部分集合はキャッシュから消え、取得に失敗したものは残さない', async () => {
    const cache = await caches.open(cacheName);
    await cache.put(`${base}BIZUDPGothic-Regular-jis-v0.ttf.gz`, new Response('old'));
    const failing = (async () => new Response('', { status: 503 })) as typeof fetch;
    let failed = false;
    await (await freshVisit(3)).fetchFonts(base, failing).catch(() => {
      failed = true;
    });
    expect(failed).to.equal(true);
    expect(await cache.match(`${base}${FONT_FILE_NAME}`)).to.equal(undefined);

    const body = await gzip(font);
    await (await freshVisit(4)).fetchFonts(
      base,
      (async () => new Response(body as BlobPart)) as typeof fetch,
    );
    // The old subset goes once the new one is written.
    await cacheHolds(cacheName, [`${base}${FONT_FILE_NAME}`]);
    expect(await cache.match(`${base}BIZUDPGothic-Regular-jis-v0.ttf.gz`)).to.equal(undefined);
  });
});
