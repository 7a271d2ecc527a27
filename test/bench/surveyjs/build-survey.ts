// Bundles the SurveyJS peer with Vite (minified, manifest) into a temporary folder.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Manifest } from 'vite';

const here = fileURLToPath(new URL('./', import.meta.url));

export interface SurveyBundle {
  dir: string;
  manifest: Manifest;
  /** The entry's file and CSS, relative to dir. */
  entry: { file: string; css: string[] };
}

export async function buildSurveyBundle(): Promise<SurveyBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'koiki-bench-surveyjs-'));
  await build({
    root: here,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: dir,
      emptyOutDir: true,
      manifest: true,
      rolldownOptions: {
        input: join(here, 'survey-entry.ts'),
        preserveEntrySignatures: 'exports-only',
        output: { minify: true },
      },
    },
  });
  const manifest = JSON.parse(await readFile(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('SurveyJS bundle has no entry');
  return { dir, manifest, entry: { file: entry.file, css: entry.css ?? [] } };
}
