// `npm run bench:first-step`: only the bench's first-step rows (module loaded → first step
// interactive, and the JS fetched by then), so a change can be compared before/after quickly.
import { rm } from 'node:fs/promises';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { measureFirstStepRows } from './first-step-rows.ts';
import { measureBytes } from './measure-bytes.ts';
import { verdictLine } from './targets.ts';

const runs = Number(process.env.KOIKI_BENCH_ROUNDS ?? 5);
const pagesDir = new URL('./pages/', import.meta.url).pathname;

const bytes = await measureBytes({ withFonts: false });
const server = await startStaticServer({ '/bundle/': bytes.bundle.dir, '/bench/': pagesDir });
const browser = await launchBrowser();
try {
  const rows = await measureFirstStepRows({ browser, server }, bytes, runs);
  console.log(rows.table);
  console.log(rows.verdicts.map(verdictLine).join('\n'));
} finally {
  await browser.close();
  await server.close();
  await rm(bytes.bundle.dir, { recursive: true, force: true });
}
