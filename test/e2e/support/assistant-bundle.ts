// Builds the one-script-tag bundle (as `npm run build` does) into a temporary folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const assistantRoot = fileURLToPath(new URL('../../../packages/assistant/', import.meta.url));

/** Returns the folder holding koiki-assistant.js and its lazily loaded chunks and assets. */
export async function buildAssistantBundle(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'koiki-bundle-'));
  await build({
    root: assistantRoot,
    configFile: join(assistantRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
