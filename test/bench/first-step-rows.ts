// Section 2 of the bench: module loaded → first step interactive, per form, and the JS the browser
// had fetched by then, checked against the manifest's "JS before the first step" class. Shared by
// `npm run bench` and `npm run bench:first-step` (only these rows, for before/after comparisons).
import * as measure from './browser-bench.ts';
import { type Sizes, sum } from './byte-sizes.ts';
import type { MeasuredBytes } from './measure-bytes.ts';
import { median } from './stats.ts';
import { targets, type Verdict, verdict } from './targets.ts';
import { kb, ms, textTable } from './text-table.ts';

const bundleRoute = '/bundle/';

export interface FirstStepResult {
  load: number;
  interactive: number;
  /** JS fetched by the moment the first step was interactive, in any run (gzip). */
  beforeFirstStepGzip: number;
}

export interface FirstStepRows {
  byForm: Record<string, FirstStepResult>;
  /** Per form, files the browser fetched but the manifest class does not count, and the reverse. */
  disagreements: string[];
  table: string;
  verdicts: Verdict[];
}

const bundleFiles = (paths: string[]) => [
  ...new Set(
    paths.filter((p) => p.startsWith(bundleRoute)).map((p) => p.slice(bundleRoute.length)),
  ),
];

const gzipOf = (files: string[], sizeOf: (file: string) => Sizes) => sum(files.map(sizeOf)).gzip;

export async function measureFirstStepRows(
  ctx: measure.BenchContext,
  bytes: MeasuredBytes,
  runs: number,
): Promise<FirstStepRows> {
  const byForm: Record<string, FirstStepResult> = {};
  const disagreements: string[] = [];
  for (const { form, files: counted } of bytes.report.beforeFirstStep) {
    const all: Awaited<ReturnType<typeof measure.firstStep>>[] = [];
    for (let i = 0; i < runs; i++) all.push(await measure.firstStep(ctx, form));
    const before = bundleFiles(all.flatMap((r) => r.value.beforeFirstStep));
    const extra = before.filter((f) => !counted.includes(f));
    const missing = counted.filter((f) => !before.includes(f));
    if (extra.length + missing.length > 0)
      disagreements.push(
        `${form}: fetched, not counted [${extra.join(', ')}]; counted, not fetched [${missing.join(', ')}]`,
      );
    byForm[form] = {
      load: median(all.map((r) => r.value.loadMs)),
      interactive: median(all.map((r) => r.value.interactiveMs)),
      beforeFirstStepGzip: gzipOf(before, bytes.sizeOf),
    };
  }
  const table = textTable(
    [
      'form',
      'module load (median)',
      'loaded → interactive (median)',
      'JS before first step (gzip)',
    ],
    Object.entries(byForm).map(([form, r]) => [
      form,
      ms(r.load),
      ms(r.interactive),
      kb(r.beforeFirstStepGzip),
    ]),
  );
  const agreement =
    disagreements.length === 0
      ? 'JS before the first step: the browser fetched exactly the files the manifest class counts ✓'
      : `JS before the first step: the browser and the manifest class disagree ✗\n${disagreements.join('\n')}`;
  const verdicts = Object.entries(byForm).map(([form, r]) =>
    verdict(
      `JS before the first step, ${form} (browser)`,
      r.beforeFirstStepGzip,
      targets.jsBeforeFirstStepBytes,
      'KB',
    ),
  );
  return { byForm, disagreements, table: `${table}\n${agreement}`, verdicts };
}
