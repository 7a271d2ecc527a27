// Byte sizes as a browser downloads them: minified, then gzip (level 9) or brotli (quality 11).
// KB in every report and budget is 1,000 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ChunkModules } from './bench-bundle.ts';
import type { ByteClasses } from './byte-classes.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const KB = 1000;

export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Sizes of the files in `dir`, computed once per file. */
export function sizeReader(dir: string): (file: string) => Sizes {
  const cache = new Map<string, Sizes>();
  return (file) => {
    let sizes = cache.get(file);
    if (!sizes) {
      sizes = compressedSizes(readFileSync(join(dir, file)));
      cache.set(file, sizes);
    }
    return sizes;
  };
}

export function sum(list: Sizes[]): Sizes {
  return list.reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

export interface ByteRow {
  name: string;
  files: string[];
  sizes: Sizes;
}

export interface ByteReport {
  rows: ByteRow[];
  /** Per form: the initial module plus everything needed to fill that form. */
  fillOneForm: { form: string; files: string[]; sizes: Sizes }[];
  /** Per form: the JS the browser needs before the form's first step is interactive. */
  beforeFirstStep: { form: string; files: string[]; sizes: Sizes }[];
  initial: Sizes;
  /** What building a PDF loads (the worker), as sized for its budget. */
  pdfWorker: Sizes;
  /** Bytes of the font files as they go over the wire (they are compressed already). */
  fontsTransferred: number;
}

/** The byte table: one row per class, and the "initial + one form" totals the budget checks. */
export function byteReport(
  classes: ByteClasses,
  sizeOf: (file: string) => Sizes,
  fonts: string[],
): ByteReport {
  const row = (name: string, files: string[]): ByteRow => ({
    name,
    files,
    sizes: sum(files.map(sizeOf)),
  });
  const initial = row('初期モジュール initial (entry + static imports)', classes.initial);
  const rows: ByteRow[] = [
    row('koiki-assistant.js (entry alone)', [classes.entry]),
    initial,
    row('assistant support (lazy: runner, kit, drafts; any form)', classes.support),
  ];
  for (const form of classes.forms) {
    rows.push(row(`form ${form.id}: own chunk`, form.own));
    rows.push(row(`form ${form.id}: shared chunks beyond initial + support`, form.shared));
  }
  const pdfWorker = row(
    'PDF code: the worker (pdf-lib, TrueType subsetter, builder; what a PDF loads)',
    classes.pdfWorker,
  );
  rows.push(pdfWorker);
  for (const layout of classes.pdfWorkerForms.layouts)
    rows.push(
      row(`PDF layout of ${layout.id} in the worker (the form's own; apart)`, layout.files),
    );
  if (classes.pdfWorkerForms.referenceData.length > 0)
    rows.push(
      row('団体 list in the worker (for the layouts; apart)', classes.pdfWorkerForms.referenceData),
    );
  rows.push(row('PDF code on the page (reader; builder when no worker can start)', classes.pdf));
  if (fonts.length > 0)
    rows.push(row('font (BIZ UDPGothic Regular subset, .ttf.gz: raw = transferred)', fonts));
  rows.push(row('reference data (schemas/data/dantai.ts)', classes.referenceData));
  if (classes.otherLazy.length > 0) rows.push(row('other lazy chunks', classes.otherLazy));
  const fillOneForm = classes.forms.map((form) => {
    const files = [...classes.initial, ...classes.support, ...form.own, ...form.shared];
    return { form: form.id, files, sizes: sum(files.map(sizeOf)) };
  });
  const beforeFirstStep = classes.forms.map((form) => ({
    form: form.id,
    files: form.beforeFirstStep,
    sizes: sum(form.beforeFirstStep.map(sizeOf)),
  }));
  return {
    rows,
    fillOneForm,
    beforeFirstStep,
    initial: initial.sizes,
    pdfWorker: pdfWorker.sizes,
    fontsTransferred: 0,
  };
}

export interface Contributor {
  name: string;
  /** Pre-minify rendered length in the bundle. */
  rendered: number;
  /** The chunk's gzip size shared out by rendered length: an estimate, modules compress unevenly. */
  gzipShare: number;
}

/** The package or folder a module belongs to (node_modules package, or the repo's folder). */
export function ownerOf(id: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inModules) return inModules[1]!;
  return id.split('/').slice(0, 2).join('/');
}

/** The biggest modules and packages inside `files`, largest first. */
export function contributors(
  files: string[],
  modules: ChunkModules,
  sizeOf: (file: string) => Sizes,
): { modules: Contributor[]; owners: Contributor[] } {
  const byModule: Contributor[] = [];
  for (const file of files) {
    const inChunk = modules[file] ?? {};
    const total = Object.values(inChunk).reduce((a, b) => a + b, 0) || 1;
    const gzip = sizeOf(file).gzip;
    for (const [name, rendered] of Object.entries(inChunk)) {
      byModule.push({ name, rendered, gzipShare: Math.round((gzip * rendered) / total) });
    }
  }
  const owners = new Map<string, Contributor>();
  for (const m of byModule) {
    const name = ownerOf(m.name);
    const owner = owners.get(name) ?? { name, rendered: 0, gzipShare: 0 };
    owner.rendered += m.rendered;
    owner.gzipShare += m.gzipShare;
    owners.set(name, owner);
  }
  const largest = (a: Contributor, b: Contributor) => b.gzipShare - a.gzipShare;
  return { modules: byModule.sort(largest), owners: [...owners.values()].sort(largest) };
}
