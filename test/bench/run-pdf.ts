// `npm run bench:pdf`: only the PDF rows of the bench (section 5), with where the time and the
// long tasks went, for a quick before/after. KOIKI_BENCH_ROUNDS sets the fresh pages per example
// (default 3), KOIKI_BENCH_PDF a part of the example names to run only those.
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { measurePdfRows } from './pdf-rows.ts';
import { verdictLine } from './targets.ts';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
const runs = { cold: Number(process.env.KOIKI_BENCH_ROUNDS ?? 3), warm: 5 };
const filter = process.env.KOIKI_BENCH_PDF;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

console.log('Koiki Forms bench (PDF only) — building the assistant…');
const bundle = await buildBenchBundle();
const forms = (await import('@koiki/forms')).formEntryIds;
const server = await startStaticServer({ '/bundle/': bundle.dir, '/bench/': pagesDir });
const browser = await launchBrowser();
try {
  console.log(`load average before: ${load()}`);
  const rows = await measurePdfRows({ browser, server }, forms, runs, (name) =>
    filter ? name.includes(filter) : true,
  );
  console.log(`\n== 5. PDF (${runs.cold} fresh pages × 1 cold + ${runs.warm} warm) ==`);
  console.log(rows.table);
  console.log(`\n== timeline after the click (medians) ==\n${rows.timeline}`);
  console.log(`\n== long frames (≥ 50 ms) and their scripts ==\n${rows.longWork}`);
  console.log(`\n${rows.verdicts.map(verdictLine).join('\n')}`);
  console.log(`load average after: ${load()}`);
} finally {
  await browser.close();
  await server.close();
  await rm(bundle.dir, { recursive: true, force: true });
}
