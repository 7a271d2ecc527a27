// Makes the PDF font from the npm font package at build and test time (nothing is committed):
// BIZ UDPGothic Regular cut down with harfbuzz (hb-subset, through subset-font) to the
// characters of subset-characters.ts, without hinting and without the layout and vertical
// tables pdf-lib does not use. Written once per install under node_modules/.cache, as a TTF
// (Node reads it) and gzip-compressed (what a browser downloads: ~1.4 MB instead of 4.5 MB).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { FONT_FILE_NAME } from '../src/font-files.ts';
import { subsetCharacters } from './subset-characters.ts';

const FONT_PACKAGE = '@expo-google-fonts/biz-udpgothic';
const REGULAR = '400Regular/BIZUDPGothic_400Regular.ttf';

/** Tables pdf-lib never reads: substitution and positioning, vertical metrics, device hints. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG'];
const DROPPED_TABLES_HINTS = ['gasp', 'hdmx', 'LTSH', 'VDMX', 'kern'];

export interface FontSubsetFiles {
  /** The subset as a TrueType file. */
  ttf: string;
  /** The same, gzip-compressed: the file served to browsers as FONT_FILE_NAME. */
  gzip: string;
}

function packageRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
}

/** The original Regular weight in node_modules. */
export const sourceFontPath = () => join(packageRoot(), REGULAR);

const SUBSET_OPTIONS = {
  targetFormat: 'truetype',
  noHinting: true,
  keepFeatures: [],
  dropTables: [...DROPPED_TABLES, ...DROPPED_TABLES_HINTS],
} as const;

function cachePaths(): FontSubsetFiles {
  // <node_modules>/.cache/koiki-pdf-fonts/<recipe>: goes with the install, never into git, and
  // is made again when the characters or options change.
  const recipe = createHash('sha256')
    .update(JSON.stringify([subsetCharacters(), SUBSET_OPTIONS]))
    .digest('hex')
    .slice(0, 12);
  const folder = join(packageRoot(), '..', '..', '.cache', 'koiki-pdf-fonts', recipe);
  const gzip = join(folder, FONT_FILE_NAME);
  return { ttf: gzip.replace(/\.gz$/, ''), gzip };
}

/** The subset of the Regular weight (harfbuzz, ~1 s). */
export async function makeFontSubset(source: Uint8Array): Promise<Uint8Array> {
  const subset = await subsetFont(Buffer.from(source), subsetCharacters(), {
    ...SUBSET_OPTIONS,
    keepFeatures: [...SUBSET_OPTIONS.keepFeatures],
    dropTables: [...SUBSET_OPTIONS.dropTables],
  });
  return new Uint8Array(subset.buffer, subset.byteOffset, subset.byteLength);
}

// Test files run in parallel processes: each writes a temporary file and renames it into place,
// so a reader never sees half a font.
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

let making: Promise<FontSubsetFiles> | undefined;

/** Paths of the subset font files, made first if this install does not have them yet. */
export function fontSubsetFiles(): Promise<FontSubsetFiles> {
  making ??= (async () => {
    const paths = cachePaths();
    if (existsSync(paths.ttf) && existsSync(paths.gzip)) return paths;
    await mkdir(dirname(paths.ttf), { recursive: true });
    const subset = await makeFontSubset(await readFile(sourceFontPath()));
    await writeAtomically(paths.ttf, subset);
    await writeAtomically(paths.gzip, gzipSync(subset, { level: 9 }));
    return paths;
  })();
  making.catch(() => {
    making = undefined;
  });
  return making;
}

// `node --import tsx packages/pdf/scripts/font-subset.ts`: make the files and say where they are.
if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await fontSubsetFiles();
  console.log(`${files.ttf}\n${files.gzip}`);
}
