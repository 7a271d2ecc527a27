// The roll-up rows of the bench (issue 18, point 6, browser half): files chosen → table shown for
// 200 and 2,000 claim PDFs in headless Chromium, the longest main-thread task meanwhile, the heap,
// and the .xlsx export. Shared by `npm run bench` and `npm run bench:rollup`.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { buildRollupBundle } from './rollup-bundle.ts';
import { writeRollupFiles } from './rollup-files.ts';
import { type Verdict, verdict } from './targets.ts';
import { kb, ms, textTable } from './text-table.ts';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
/** Distinct PDFs made; larger counts receive them again under new names (flagged as duplicates). */
const distinctPdfs = 200;
const counts = [200, 2_000];
/** Issue 18: 2,000 PDFs read, checked and shown within 10 s on this machine. */
const targetMs = 10_000;
/** A page that stays responsive: no task longer than this while the files are read. */
const longTaskTargetMs = 200;

export interface RollupRun {
  files: number;
  ms: number;
  longTasks: number;
  longestTaskMs: number;
  longTaskMsTotal: number;
  heapMb?: number;
  statusCounts: Record<string, number>;
  xlsxMs: number;
}

export interface RollupRows {
  runs: RollupRun[];
  pdfBytes: number;
  table: string;
  verdicts: Verdict[];
}

export async function measureRollupRows(browser: Browser): Promise<RollupRows> {
  const bundle = await buildRollupBundle();
  const files = await writeRollupFiles(distinctPdfs);
  const server = await startStaticServer({
    '/rollup/': bundle,
    '/rollup-files/': files.dir,
    '/bench/': pagesDir,
  });
  const runs: RollupRun[] = [];
  try {
    for (const count of counts) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}bench/rollup-bench.html`);
      await page.waitForFunction('window.rollupBench !== undefined');
      runs.push((await page.evaluate(`window.rollupBench.tableTime(${count})`)) as RollupRun);
      await context.close();
    }
  } finally {
    await server.close();
    await rm(bundle, { recursive: true, force: true });
    await rm(files.dir, { recursive: true, force: true });
  }
  const table = textTable(
    [
      'files',
      'chosen → table shown',
      'long tasks (n / longest / total)',
      'heap',
      '.xlsx offered',
      'OK / 要確認 / 不備',
    ],
    runs.map((r) => [
      String(r.files),
      ms(r.ms),
      `${r.longTasks} / ${ms(r.longestTaskMs)} / ${ms(r.longTaskMsTotal)}`,
      r.heapMb === undefined ? '—' : `${r.heapMb.toFixed(0)} MB`,
      ms(r.xlsxMs),
      `${r.statusCounts.OK} / ${r.statusCounts.要確認} / ${r.statusCounts.不備}`,
    ]),
  );
  const largest = runs.at(-1)!;
  const verdicts = [
    verdict(`roll-up: ${largest.files} PDFs chosen → table shown`, largest.ms, targetMs, 'ms'),
    verdict(
      `roll-up: longest main-thread task while ${largest.files} PDFs are read`,
      largest.longestTaskMs,
      longTaskTargetMs,
      'ms',
    ),
  ];
  const note = `(${distinctPdfs} distinct claim PDFs, ${kb(files.bytes)} in all; ${counts.at(-1)} = each received ${counts.at(-1)! / distinctPdfs} times)`;
  return { runs, pdfBytes: files.bytes, table: `${note}\n${table}`, verdicts };
}
