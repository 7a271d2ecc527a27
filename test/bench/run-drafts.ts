// `npm run bench:drafts`: only the autosave and draft-list rows of the bench (section 4),
// without the byte tables, PDFs and SurveyJS, for a quick before/after on a busy machine.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { measureDraftRows } from './draft-rows.ts';
import { verdictLine } from './targets.ts';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

console.log('Koiki Forms bench (drafts only) — building the assistant…');
const bundle = await buildBenchBundle();
const server = await startStaticServer({ '/bundle/': bundle.dir, '/bench/': pagesDir });
const browser = await launchBrowser();
try {
  const rows = await measureDraftRows({ browser, server });
  console.log(`\n== 4. autosave and the draft list ==\n${rows.table}`);
  console.log(`\n${rows.verdicts.map(verdictLine).join('\n')}`);
} finally {
  await browser.close();
  await server.close();
  await rm(bundle.dir, { recursive: true, force: true });
}
