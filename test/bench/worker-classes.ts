// What building a PDF loads in the worker, read from the worker build's chunk graph: the PDF code
// (the worker entry and the builder with what they import), and apart from it each form's PDF
// layout (its pdf-document chunk and what only it adds) and the 団体 list the layouts name 団体 from.
import type { WorkerChunk } from './bench-bundle.ts';

export interface WorkerClasses {
  /** The worker entry and the PDF builder (pdf-lib, the TrueType subsetter), with their static imports. */
  code: string[];
  /** Per form: its PDF layout and the chunks it adds to `code` (loaded with the first PDF of that form). */
  layouts: { id: string; files: string[] }[];
  /** The 団体 list as the worker loads it (schemas/data/dantai.ts). */
  referenceData: string[];
}

const builderSource = /(?:^|\/)pdf\/src\/build-pdf\.ts$/;
const layoutSource = /(?:^|\/)forms\/([^/]+)\/pdf-document\.ts$/;
const referenceSource = /(?:^|\/)schemas\/data\/dantai\.ts$/;

function closure(chunks: Map<string, WorkerChunk>, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks.get(file)?.imports ?? []) visit(next);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

export function classifyWorker(list: WorkerChunk[]): WorkerClasses {
  const chunks = new Map(list.map((chunk) => [chunk.file, chunk]));
  const where = (test: (src: string) => boolean) =>
    list.filter((c) => c.src !== undefined && test(c.src)).map((c) => c.file);
  const code = closure(chunks, [
    ...list.filter((c) => c.isEntry).map((c) => c.file),
    ...where((src) => builderSource.test(src)),
  ]);
  const inCode = new Set(code);
  const beyondCode = (roots: string[]) => closure(chunks, roots).filter((f) => !inCode.has(f));
  const layouts = list
    .filter((c) => c.src !== undefined && layoutSource.test(c.src))
    .map((c) => ({
      id: layoutSource.exec(c.src ?? '')?.[1] ?? c.file,
      files: beyondCode([c.file]),
    }));
  return {
    code,
    layouts,
    referenceData: beyondCode(where((src) => referenceSource.test(src))),
  };
}
