// Node only (the CLI and tests): reads the font files from the npm package. Never import from the browser.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FontLoadError } from './errors.ts';
import type { PdfFonts } from './spec.ts';

const FONT_PACKAGE = '@expo-google-fonts/biz-udpgothic';
const PACKAGE_FILES = {
  regular: '400Regular/BIZUDPGothic_400Regular.ttf',
  bold: '700Bold/BIZUDPGothic_700Bold.ttf',
} as const;

// A plain Uint8Array view (no copy): pdf-lib and fontkit expect Uint8Array, not Buffer.
const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

let cached: Promise<PdfFonts> | undefined;

/** Absolute paths of the Regular and Bold TTF files in node_modules. */
export function nodeFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  return { regular: join(root, PACKAGE_FILES.regular), bold: join(root, PACKAGE_FILES.bold) };
}

/** Reads both weights once per process. */
export function loadNodeFonts(): Promise<PdfFonts> {
  cached ??= (async () => {
    const paths = nodeFontPaths();
    try {
      const [regular, bold] = await Promise.all([readFile(paths.regular), readFile(paths.bold)]);
      return { regular: asBytes(regular), bold: asBytes(bold) };
    } catch (cause) {
      cached = undefined;
      throw new FontLoadError(FONT_PACKAGE, { cause });
    }
  })();
  return cached;
}
