// Roll-up rows of the bench (issue 18): from received PDFs to the checked report, and on to the
// .xlsx written, for 200 and 2,000 files, with the memory used. Node, the same code as the CLI
// and the core of <koiki-rollup> (the page's table and its time to show are the UI's rows).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  checkClaims,
  isRefusedFile,
  type ReceivedClaim,
  readClaimFile,
  rollupToXlsx,
} from '@koiki/rollup';
import { benchPdfs, readAll } from './rollup-pdfs.ts';
import { targets, type Verdict, verdict } from './targets.ts';
import { ms, textTable } from './text-table.ts';

export interface RollupRun {
  files: number;
  /** Bytes in memory → every file read and every claim checked (the report). */
  toReportMs: number;
  /** …and the .xlsx built and written. */
  toXlsxMs: number;
  xlsxBytes: number;
  /** CPU time of the whole run (user + system): what the wall time would be on an idle core. */
  cpuMs: number;
  /** Highest resident memory seen during the run, and the heap still used by the report. */
  peakRssMb: number;
  heapMb: number;
  statuses: Record<string, number>;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** Samples the resident memory every few ms (the roll-up yields, so the timer runs). */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

async function runOnce(paths: readonly string[], out: string): Promise<RollupRun> {
  const bytes = await readAll(paths);
  globalThis.gc?.();
  const stopSampling = rssSampler();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const claims: ReceivedClaim[] = [];
  for (const [i, file] of bytes.entries()) {
    const path = paths[i] as string;
    const result = await readClaimFile(basename(path), file, { id: path });
    if (!isRefusedFile(result)) claims.push(result);
  }
  const report = await checkClaims(claims);
  const toReportMs = performance.now() - start;
  const xlsx = await rollupToXlsx(report);
  await writeFile(out, xlsx);
  const toXlsxMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const peakRssMb = mb(stopSampling());
  return {
    files: paths.length,
    toReportMs,
    toXlsxMs,
    xlsxBytes: xlsx.length,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb,
    heapMb: mb(process.memoryUsage().heapUsed),
    statuses: { ...report.statusCounts, 受付不可: paths.length - claims.length },
  };
}

export interface RollupRows {
  runs: RollupRun[];
  table: string;
  verdicts: Verdict[];
}

/** Runs the roll-up on 200 and 2,000 cached PDFs (a warm-up run on 20 first). */
export async function measureRollupRows(
  counts: readonly number[] = [200, 2000],
): Promise<RollupRows> {
  const all = await benchPdfs(Math.max(...counts));
  const dir = await mkdtemp(join(tmpdir(), 'koiki-rollup-bench-'));
  try {
    await runOnce(all.slice(0, 20), join(dir, 'warm.xlsx'));
    const runs: RollupRun[] = [];
    for (const count of counts)
      runs.push(await runOnce(all.slice(0, count), join(dir, `${count}.xlsx`)));
    const table = textTable(
      [
        'files',
        'files → report',
        '→ .xlsx written',
        'CPU time',
        '.xlsx',
        'peak RSS',
        'heap after',
        'OK/要確認/不備/受付不可',
      ],
      runs.map((run) => [
        String(run.files),
        ms(run.toReportMs),
        ms(run.toXlsxMs),
        ms(run.cpuMs),
        `${(run.xlsxBytes / 1000).toFixed(0)} KB`,
        `${run.peakRssMb.toFixed(0)} MB`,
        `${run.heapMb.toFixed(0)} MB`,
        ['OK', '要確認', '不備', '受付不可'].map((s) => run.statuses[s] ?? 0).join('/'),
      ]),
    );
    const largest = runs.at(-1);
    const verdicts = largest
      ? [
          verdict(
            `roll-up ${largest.files} PDFs → .xlsx written`,
            largest.toXlsxMs,
            targets.rollup2000Ms,
            'ms',
          ),
        ]
      : [];
    return { runs, table, verdicts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
