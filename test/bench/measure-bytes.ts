// Builds the bundle and sizes every byte class (shared by `npm run bench`, bench:check and the test).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchBundle, buildBenchBundle } from './bench-bundle.ts';
import { type ByteClasses, classifyBytes } from './byte-classes.ts';
import { type ByteReport, byteReport, type Sizes, sizeReader } from './byte-sizes.ts';

export interface MeasuredBytes {
  bundle: BenchBundle;
  classes: ByteClasses;
  report: ByteReport;
  sizeOf: (file: string) => Sizes;
}

/** Every file of the bundle folder, as paths inside it. */
function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/'));
}

/** The font files the build emits (already compressed: their raw size is what is transferred). */
const fontFiles = (files: string[]) =>
  files.filter((f) => f.startsWith('koiki-assets/') && /\.(ttf|gz|woff2?)$/.test(f));

/** `withFonts: false` leaves the fonts out of the compressed-size table (brotli 11 of 1.4 MB is slow); their transferred size is always measured. */
export async function measureBytes({ withFonts = true } = {}): Promise<MeasuredBytes> {
  const bundle = await buildBenchBundle();
  const files = bundleFiles(bundle.dir);
  const classes = classifyBytes(bundle.manifest, bundle.missingForms, files, bundle.workerChunks);
  const sizeOf = sizeReader(bundle.dir);
  const fonts = fontFiles(files);
  const report = byteReport(classes, sizeOf, withFonts ? fonts : []);
  report.fontsTransferred = fonts.reduce(
    (total, f) => total + statSync(join(bundle.dir, f)).size,
    0,
  );
  return { bundle, classes, report, sizeOf };
}
