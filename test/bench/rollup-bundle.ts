// The one-script-tag bundle of <koiki-rollup>, built as `npm run build` builds it, into a new folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const rollupRoot = fileURLToPath(new URL('../../packages/rollup/', import.meta.url));

export async function buildRollupBundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'koiki-rollup-bundle-'));
  await build({
    root: rollupRoot,
    configFile: join(rollupRoot, 'vite.element.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true },
  });
  return dir;
}
