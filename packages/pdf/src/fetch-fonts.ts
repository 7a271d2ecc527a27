import { FontLoadError } from './errors.ts';
import { FONT_FILE_NAMES } from './font-files.ts';
import type { PdfFonts } from './spec.ts';

// Fonts are ~4.5 MB each: fetch once per page life, only when a PDF is asked for.
const cache = new Map<string, Promise<PdfFonts>>();

async function fetchBytes(url: string, fetchFn: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (cause) {
    throw new FontLoadError(url, { cause });
  }
  if (!response.ok) throw new FontLoadError(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches the Regular and Bold font files from `${assetBase}/…` once, and reuses the bytes afterwards. */
export function fetchFonts(assetBase: string, fetchFn: typeof fetch = fetch): Promise<PdfFonts> {
  const base = assetBase.replace(/\/+$/, '');
  const cached = cache.get(base);
  if (cached) return cached;
  const loading = Promise.all([
    fetchBytes(`${base}/${FONT_FILE_NAMES.regular}`, fetchFn),
    fetchBytes(`${base}/${FONT_FILE_NAMES.bold}`, fetchFn),
  ]).then(([regular, bold]) => ({ regular, bold }));
  cache.set(base, loading);
  // A failed fetch must not stick: the next PDF request tries again.
  loading.catch(() => cache.delete(base));
  return loading;
}
