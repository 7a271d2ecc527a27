// Which output files belong to which byte class, read from the Vite manifest's module graph:
// the initial module is the entry and everything it imports statically; a form is its dynamic
// entry plus the static imports it adds; the PDF and the reference data likewise.
import type { Manifest } from 'vite';
import type { WorkerChunk } from './bench-bundle.ts';
import { classifyWorker, type WorkerClasses } from './worker-classes.ts';

export interface FormFiles {
  id: string;
  /** The form's own chunk (its dynamic entry). */
  own: string[];
  /** Chunks the form imports statically that neither the initial module nor the support loads. */
  shared: string[];
  /**
   * What the browser needs before the form's first step is interactive: the initial module, the
   * support chunk the assistant awaits (`firstStepSupport`) and the form's outline chunk (else its
   * chunk), each with its static imports; the form's contract loads after. Chunks loaded later (the 団体 list, parts split off for later steps) are not in it.
   */
  beforeFirstStep: string[];
}

export interface ByteClasses {
  /** The entry chunk alone (koiki-assistant.js). */
  entry: string;
  /** The entry and its static imports: what loads before <koiki-assistant> runs. */
  initial: string[];
  /** The assistant's own lazily loaded parts (runner, kit fields, drafts): loaded with any form. */
  support: string[];
  forms: FormFiles[];
  /** What building a PDF loads: the PDF worker and its chunks (pdf-lib, the TrueType subsetter, the builder). */
  pdfWorker: string[];
  /** Loaded in the worker besides: each form's PDF layout and the 団体 list (counted apart). */
  pdfWorkerForms: Omit<WorkerClasses, 'code'>;
  /** PDF code the page itself may load: the reader (reopening a PDF) and the builder for a page without workers. */
  pdf: string[];
  /** The 団体 list (schemas/data/dantai.ts and what it adds). */
  referenceData: string[];
  /** Any other lazily loaded chunk (e.g. reading a PDF back). */
  otherLazy: string[];
}

const formSource = /(?:^|\/)forms\/([^/]+)\/index\.ts$/;
/** A form's outline (`FormEntry.loadOutline`): what its first step is drawn with, before its contract. */
const outlineSource = (id: string) => new RegExp(`(?:^|/)forms/${id}/outline\\.ts$`);
const pdfSource = /(?:^|\/)pdf\/src\/[^/]+\.ts$/;
/**
 * Sources inside packages/assistant (the manifest names them relative to it: `src/…`) and the kit
 * parts it loads lazily (the field elements): the support any form needs.
 */
const assistantSource = /^src\/|(?:^|\/)(?:assistant|kit)\/src\//;
const referenceSource = /(?:^|\/)schemas\/data\/dantai\.ts$/;
/**
 * The one support chunk koiki-assistant.ts `#load` awaits before a runner renders; whatever the
 * runner imports dynamically loads after. The bench's browser figure (resources fetched when the
 * first step is interactive) checks that this stays true.
 */
const firstStepSupport = /(?:^|\/)src\/form-support\.ts$/;

/** Files loaded when the chunk under `key` loads: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) return;
    files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return files;
}

const without = (files: string[], loaded: Set<string>) => files.filter((f) => !loaded.has(f));

function keysWhere(manifest: Manifest, test: (src: string) => boolean): string[] {
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && chunk.src !== undefined && test(chunk.src))
    .map(([key]) => key);
}

function lazyClass(manifest: Manifest, pattern: RegExp, initial: Set<string>): string[] {
  const files = keysWhere(manifest, (src) => pattern.test(src)).flatMap((key) =>
    without(staticClosure(manifest, key), initial),
  );
  return [...new Set(files)];
}

/** The PDF worker's files: the bundle's `pdf-worker/` folder (packages/assistant/vite.config.ts). */
export const pdfWorkerFolder = 'pdf-worker/';

export function classifyBytes(
  manifest: Manifest,
  missingForms: string[] = [],
  bundleFiles: string[] = [],
  workerChunks: WorkerChunk[] = [],
): ByteClasses {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('manifest has no entry chunk');
  const initial = staticClosure(manifest, entryKey);
  const support = lazyClass(manifest, assistantSource, new Set(initial));
  const loaded = new Set([...initial, ...support]);
  const supportFirst = keysWhere(manifest, (src) => firstStepSupport.test(src)).flatMap((key) =>
    staticClosure(manifest, key),
  );
  const forms = keysWhere(manifest, (src) => formSource.test(src))
    .map((key) => {
      const chunk = manifest[key]!;
      const id = formSource.exec(chunk.src ?? '')?.[1] ?? key;
      const closure = staticClosure(manifest, key);
      const shared = without(closure, loaded).filter((f) => f !== chunk.file);
      // A form with an outline draws its first step with it; the whole form (its contract) loads after.
      const [outlineKey] = keysWhere(manifest, (src) => outlineSource(id).test(src));
      const drawnWith = outlineKey ? staticClosure(manifest, outlineKey) : closure;
      const beforeFirstStep = [...new Set([...initial, ...supportFirst, ...drawnWith])];
      return { id, own: [chunk.file], shared, beforeFirstStep };
    })
    .filter((form) => !missingForms.includes(form.id));
  const pdf = lazyClass(manifest, pdfSource, loaded);
  const referenceData = lazyClass(manifest, referenceSource, loaded);
  const classified = new Set([
    ...initial,
    ...support,
    ...forms.flatMap((f) => [...f.own, ...f.shared]),
    ...pdf,
    ...referenceData,
  ]);
  const otherLazy = [
    ...new Set(
      Object.values(manifest)
        .map((chunk) => chunk.file)
        .filter((file) => file.endsWith('.js') && !classified.has(file)),
    ),
  ];
  const entry = manifest[entryKey]!.file;
  // With the worker's chunk graph, only what a PDF loads; else every script of the worker's folder.
  const { code, ...pdfWorkerForms } = classifyWorker(workerChunks);
  const pdfWorker =
    workerChunks.length > 0
      ? code
      : bundleFiles.filter((f) => f.startsWith(pdfWorkerFolder) && f.endsWith('.js'));
  return {
    entry,
    initial,
    support,
    forms,
    pdfWorker,
    pdfWorkerForms,
    pdf,
    referenceData,
    otherLazy,
  };
}
