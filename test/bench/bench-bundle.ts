// The assistant bundle built as `npm run build` builds it, plus a Vite manifest (the module
// graph the byte classes are read from) and each chunk's module sizes (for "who makes the bytes").
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Manifest, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const assistantRoot = join(repoRoot, 'packages/assistant/');

/** Rendered (pre-minify) length of each module inside one output chunk, by repo-relative id. */
export type ChunkModules = Record<string, Record<string, number>>;

/** One chunk of the PDF worker's build (which the manifest does not list): its static and lazy imports. */
export interface WorkerChunk {
  /** Path inside the bundle folder, e.g. `pdf-worker/build-pdf-x.js`. */
  file: string;
  isEntry: boolean;
  /** The repo-relative source the chunk stands for (its facade module), when it has one. */
  src?: string;
  imports: string[];
  dynamicImports: string[];
}

export interface BenchBundle {
  dir: string;
  manifest: Manifest;
  modules: ChunkModules;
  workerChunks: WorkerChunk[];
  /** Forms listed in forms/index.ts whose folder has no index.ts yet (built as empty modules). */
  missingForms: string[];
}

const missingPrefix = '\0koiki-missing-form:';

/**
 * A form folder another person is still writing may lack its index.ts; the product build fails
 * then, but the bench still measures everything else and says which form is missing.
 */
function missingFormsAsEmpty(missing: string[]): Plugin {
  return {
    name: 'koiki-bench-missing-forms',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.endsWith('forms/index.ts') || !source.endsWith('/index.ts')) return null;
      const target = join(dirname(importer), source);
      if (existsSync(target)) return null;
      missing.push(source.split('/').at(-2) ?? source);
      return `${missingPrefix}${source}`;
    },
    load(id) {
      return id.startsWith(missingPrefix) ? 'export {};' : null;
    },
  };
}

function recordModules(into: ChunkModules): Plugin {
  return {
    name: 'koiki-bench-module-sizes',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const sizes: Record<string, number> = {};
        for (const [id, info] of Object.entries(output.modules)) {
          const name = id.startsWith('/') ? relative(repoRoot, id) : id.replace(/\0/g, '');
          sizes[name] = info.renderedLength;
        }
        into[fileName] = sizes;
      }
    },
  };
}

function recordWorkerChunks(into: WorkerChunk[]): Plugin {
  return {
    name: 'koiki-bench-worker-chunks',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into.push({
          file: output.fileName,
          isEntry: output.isEntry,
          ...(output.facadeModuleId ? { src: relative(repoRoot, output.facadeModuleId) } : {}),
          imports: output.imports,
          dynamicImports: output.dynamicImports,
        });
      }
    },
  };
}

/** Builds koiki-assistant.js and its lazy chunks and fonts into a new temporary folder. */
export async function buildBenchBundle(): Promise<BenchBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'koiki-bench-'));
  const modules: ChunkModules = {};
  const missingForms: string[] = [];
  const workerChunks: WorkerChunk[] = [];
  await build({
    root: assistantRoot,
    configFile: join(assistantRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, manifest: true },
    plugins: [missingFormsAsEmpty(missingForms), recordModules(modules)],
    worker: { plugins: () => [recordWorkerChunks(workerChunks)] },
  });
  const manifest = JSON.parse(await readFile(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  return { dir, manifest, modules, workerChunks, missingForms: [...new Set(missingForms)] };
}
