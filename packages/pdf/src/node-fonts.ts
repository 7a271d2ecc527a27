// Node only (the CLI and tests): the subset font made from the npm package by
// scripts/font-subset.ts, the same font a browser downloads. Never import from the browser.
import { readFile } from 'node:fs/promises';
import { fontSubsetFiles } from '../scripts/font-subset.ts';
import { FontLoadError } from './errors.ts';
import type { PdfFonts } from './spec.ts';

// A plain Uint8Array view (no copy): pdf-lib and the font reader expect Uint8Array, not Buffer.
const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

let cached: Promise<PdfFonts> | undefined;

/** Reads the font once per process (making the subset first on a fresh install). */
export function loadNodeFonts(): Promise<PdfFonts> {
  cached ??= (async () => {
    try {
      const files = await fontSubsetFiles();
      return { regular: asBytes(await readFile(files.ttf)) };
    } catch (cause) {
      cached = undefined;
      throw new FontLoadError('@expo-google-fonts/biz-udpgothic', { cause });
    }
  })();
  return cached;
}
