// `npm run bench:keystroke`: only the bench's keystroke row (200 cost rows), several rounds, so a
// change to the row table or the session can be compared before/after without the whole bench.
import { launchBrowser } from '../e2e/support/browser.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildBenchBundle } from './bench-bundle.ts';
import { type BenchDraft, manyCostRows } from './bench-drafts.ts';
import * as measure from './browser-bench.ts';
import { spread } from './stats.ts';
import { targets } from './targets.ts';
import { ms, textTable } from './text-table.ts';

const rounds = Number(process.env.KOIKI_BENCH_ROUNDS ?? 3);
const keysPerRound = 60;
const costRows = 200;
const pagesDir = new URL('./pages/', import.meta.url).pathname;

const bundle = await buildBenchBundle();
const server = await startStaticServer({ '/bundle/': bundle.dir, '/bench/': pagesDir });
const browser = await launchBrowser();
try {
  const draft: BenchDraft = {
    formId: 'specialist-dispatch',
    data: manyCostRows(costRows),
    step: 'costs',
  };
  const lines: string[][] = [];
  for (let round = 1; round <= rounds; round++) {
    const keys = await measure.keystrokes(
      { browser, server },
      draft,
      'recruitmentItems.100.amount',
      keysPerRound,
    );
    const s = spread(keys.value.times);
    lines.push([String(round), String(keys.value.rows), ms(s.p50), ms(s.p95), String(s.n)]);
  }
  console.log(textTable(['round', 'rows', 'p50', 'p95', 'n'], lines));
  console.log(`target: p95 ≤ ${targets.keystrokeP95Ms} ms`);
} finally {
  await browser.close();
  await server.close();
}
