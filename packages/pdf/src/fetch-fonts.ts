// The browser's side of the font: one gzip-compressed TrueType file (~1.4 MB), fetched once per
// page life and kept in Cache Storage, so a later visit builds its first PDF without downloading
// it again. DOM-free: Cache Storage and DecompressionStream exist in pages and workers alike.
import { FontLoadError } from './errors.ts';
import { FONT_FILE_NAME } from './font-files.ts';
import type { PdfFonts } from './spec.ts';

/** The Cache Storage cache the font is kept in, across visits. */
export const FONT_CACHE_NAME = 'koiki-pdf-fonts';

const loaded = new Map<string, Promise<PdfFonts>>();

/** The Cache Storage cache, or undefined where there is none (insecure origin, Node, storage off). */
async function openCache(): Promise<Cache | undefined> {
  try {
    return await globalThis.caches?.open(FONT_CACHE_NAME);
  } catch {
    return undefined;
  }
}

/** Keeps `response` for the next visit and forgets older subsets; a full disk only costs the next visit a download. */
async function keep(cache: Cache, url: string, response: Response): Promise<void> {
  try {
    await cache.put(url, response);
    for (const old of await cache.keys()) {
      if (!old.url.endsWith(`/${FONT_FILE_NAME}`)) await cache.delete(old);
    }
  } catch {
    // Quota or private mode: the font still works for this page life.
  }
}

async function download(url: string, fetchFn: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (cause) {
    throw new FontLoadError(url, { cause });
  }
  if (!response.ok) throw new FontLoadError(`${url}: HTTP ${response.status}`);
  return response;
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The TrueType bytes; a server that sent the .gz file with Content-Encoding: gzip has already inflated it. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function load(url: string, fetchFn: typeof fetch): Promise<PdfFonts> {
  const cache = await openCache();
  let response = await cache?.match(url);
  if (!response) {
    response = await download(url, fetchFn);
    // Written for the next visit while this one inflates it: the first PDF does not wait for the disk.
    if (cache) void keep(cache, url, response.clone());
  }
  try {
    return { regular: await inflate(new Uint8Array(await response.arrayBuffer())) };
  } catch (cause) {
    throw new FontLoadError(url, { cause });
  }
}

/** The PDF font from `${assetBase}/…`: from Cache Storage when an earlier visit kept it, else fetched. */
export function fetchFonts(assetBase: string, fetchFn: typeof fetch = fetch): Promise<PdfFonts> {
  const url = `${assetBase.replace(/\/+$/, '')}/${FONT_FILE_NAME}`;
  const known = loaded.get(url);
  if (known) return known;
  const loading = load(url, fetchFn);
  loaded.set(url, loading);
  // A failed fetch must not stick: the next PDF request tries again.
  loading.catch(() => loaded.delete(url));
  return loading;
}
