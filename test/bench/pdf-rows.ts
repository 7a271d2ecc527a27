// Section 5 of the bench: every valid example's PDF, cold and warm, with the longest main-thread
// task meanwhile; shared by `npm run bench` and `npm run bench:pdf` (which also prints where the
// time and the long tasks went).
import { type BenchDraft, validExamples } from './bench-drafts.ts';
import * as measure from './browser-bench.ts';
import { median, type Spread, spread } from './stats.ts';
import { targets, type Verdict, verdict } from './targets.ts';
import { kb, ms, textTable } from './text-table.ts';

export interface PdfResult {
  cold: number;
  longestTask: number;
  warm: Spread;
  bytes: number;
  pages: number;
}

export interface PdfRows {
  results: Record<string, PdfResult>;
  table: string;
  /** Median times after the click, cold and warm, per example. */
  timeline: string;
  /** Every long frame seen, with the scripts that ran in it. */
  longWork: string;
  verdicts: Verdict[];
}

export interface PdfRuns {
  /** Fresh pages per example (each one cold PDF). */
  cold: number;
  /** PDFs built again in each of those pages. */
  warm: number;
}

type Page = { cold: measure.PdfRun; warm: measure.PdfRun[] };

const optionalMs = (values: (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? ms(median(known)) : '–';
};

function timelineRow(name: string, runs: measure.PdfRun[]): string[] {
  const lines = runs.map((r) => r.timeline).filter((t) => t !== undefined);
  return [
    name,
    optionalMs(lines.map((t) => t.handled)),
    optionalMs(lines.map((t) => t.posted)),
    optionalMs(lines.map((t) => t.replied)),
    optionalMs(lines.map((t) => t.done)),
    optionalMs(lines.map((t) => t.rendered)),
    String(runs.reduce((n, r) => n + (r.longWork?.tasks.length ?? 0), 0)),
  ];
}

function longWorkLines(name: string, kind: string, runs: measure.PdfRun[]): string[] {
  return runs.flatMap((run) =>
    (run.longWork?.frames ?? []).map((frame) => {
      const scripts = frame.scripts.map((s) => `${s.ms} ms ${s.what}`).join('; ');
      return `${name} ${kind}: frame at +${frame.at} ms, ${frame.ms} ms (blocking ${frame.blockingMs}, render ${frame.renderMs}): ${scripts || 'no script ≥ 5 ms'}`;
    }),
  );
}

/** Builds each valid example's PDF `runs.cold` times in a fresh page, then `runs.warm` times more. */
export async function measurePdfRows(
  ctx: measure.BenchContext,
  forms: readonly string[],
  runs: PdfRuns,
  only: (name: string) => boolean = () => true,
): Promise<PdfRows> {
  const rows: string[][] = [];
  const timelineRows: string[][] = [];
  const longWork: string[] = [];
  const results: Record<string, PdfResult> = {};
  for (const form of forms) {
    for (const example of validExamples(form)) {
      const name = `${form}/${example.name}`;
      if (!only(name)) continue;
      const draft: BenchDraft = { formId: form, data: example.data, step: 'done' };
      const pages: Page[] = [];
      for (let i = 0; i < runs.cold; i++)
        pages.push((await measure.pdf(ctx, draft, runs.warm)).value);
      const failed = pages.find((p) => p.cold.error);
      if (failed) {
        rows.push([name, `error: ${failed.cold.error}`, '', '', '', '', '']);
        continue;
      }
      const colds = pages.map((p) => p.cold);
      const warms = pages.flatMap((p) => p.warm);
      const result: PdfResult = {
        cold: median(colds.map((r) => r.ms)),
        longestTask: Math.max(...[...colds, ...warms].map((r) => r.longestTaskMs ?? 0)),
        warm: spread(warms.map((w) => w.ms)),
        bytes: colds[0]!.bytes ?? 0,
        pages: colds[0]!.pages ?? 0,
      };
      results[name] = result;
      rows.push([
        name,
        ms(result.cold),
        ms(result.warm.p50),
        ms(result.warm.p95),
        kb(result.bytes),
        String(result.pages),
        ms(result.longestTask),
      ]);
      timelineRows.push(timelineRow(`${name} cold`, colds), timelineRow(`${name} warm`, warms));
      longWork.push(...longWorkLines(name, 'cold', colds), ...longWorkLines(name, 'warm', warms));
    }
  }
  return {
    results,
    table: textTable(
      ['example', 'cold (median)', 'warm p50', 'warm p95', 'size', 'pages', 'longest main task'],
      rows,
    ),
    timeline: textTable(
      [
        'example (medians after the click)',
        'handler returned',
        'posted to worker',
        'reply',
        'PDF in runner',
        'rendered',
        'long tasks',
      ],
      timelineRows,
    ),
    longWork: longWork.length > 0 ? longWork.join('\n') : 'no frame of 50 ms or more',
    verdicts: pdfVerdicts(Object.values(results)),
  };
}

function pdfVerdicts(list: PdfResult[]): Verdict[] {
  if (list.length === 0) return [];
  return [
    verdict(
      'PDF warm, median (slowest example)',
      Math.max(...list.map((p) => p.warm.p50)),
      targets.pdfWarmMs,
      'ms',
    ),
    verdict(
      'PDF cold, median (slowest example)',
      Math.max(...list.map((p) => p.cold)),
      targets.pdfColdMs,
      'ms',
    ),
    verdict(
      'longest main-thread task while a PDF is built (any example, cold or warm)',
      Math.max(...list.map((p) => p.longestTask)),
      targets.pdfLongTaskMs,
      'ms',
    ),
    verdict(
      'PDF size (largest example)',
      Math.max(...list.map((p) => p.bytes)),
      targets.pdfBytes,
      'KB',
    ),
  ];
}
