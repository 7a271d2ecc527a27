// Builds the bundle and sizes every byte class (shared by `npm run bench`, bench:check and the test).
import { readdirSync } from 'node:fs';
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

/** The font files the build emits, as paths inside the bundle folder. */
function fontFiles(dir: string): string[] {
  return readdirSync(join(dir, 'koiki-assets'))
    .filter((name) => name.endsWith('.ttf'))
    .map((name) => `koiki-assets/${name}`);
}

/** `withFonts: false` leaves the fonts out (compressing 9 MB with brotli 11 takes half a minute). */
export async function measureBytes({ withFonts = true } = {}): Promise<MeasuredBytes> {
  const bundle = await buildBenchBundle();
  const classes = classifyBytes(bundle.manifest, bundle.missingForms);
  const sizeOf = sizeReader(bundle.dir);
  const report = byteReport(classes, sizeOf, withFonts ? fontFiles(bundle.dir) : []);
  return { bundle, classes, report, sizeOf };
}
