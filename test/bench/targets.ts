// The timing and size targets of issues 10, 18 and 19: reported, not enforced (these machines are noisy).
import { KB } from './byte-sizes.ts';

export const targets = {
  /** JS before a form's first step is interactive, gzip (issue 19; the CI budget may lag behind it). */
  jsBeforeFirstStepBytes: 60 * KB,
  /** Module loaded → first step interactive (slowest form) over SurveyJS's render, same run (issue 19). */
  firstStepVsSurveyRatio: 0.4,
  keystrokeP95Ms: 8,
  autosaveTypicalP95Ms: 15,
  /** Autosave of a 200-row draft with 5 MB of attachments (issue 19). */
  autosaveLargeP95Ms: 50,
  /** <koiki-draft-list> from mounting to 500 drafts listed (issue 19). */
  draftListMs: 100,
  pdfWarmMs: 150,
  pdfColdMs: 800,
  pdfBytes: 120 * KB,
  /** Longest main-thread task while a PDF is built (issue 19). */
  pdfLongTaskMs: 50,
  /** 2,000 received PDFs read, checked, totalled and written as .xlsx (issue 18). */
  rollup2000Ms: 10_000,
} as const;

export interface Verdict {
  target: string;
  value: number;
  limit: number;
  unit: 'ms' | 'KB' | 'ratio';
  met: boolean;
  /** How far over the limit (0 when met). */
  over: number;
}

export function verdict(
  target: string,
  value: number,
  limit: number,
  unit: Verdict['unit'],
): Verdict {
  return { target, value, limit, unit, met: value <= limit, over: Math.max(0, value - limit) };
}

const show = (value: number, unit: Verdict['unit']) =>
  unit === 'KB'
    ? `${(value / KB).toFixed(1)} KB`
    : unit === 'ratio'
      ? value.toFixed(2)
      : `${value.toFixed(1)} ms`;

export function verdictLine(v: Verdict): string {
  const head = `${v.met ? '✓' : '✗'} ${v.target}: ${show(v.value, v.unit)}（目標 target ≤ ${show(v.limit, v.unit)}）`;
  if (v.met) return `${head} — 達成 met`;
  return `${head} — 未達 missed by ${show(v.over, v.unit)}（${Math.round((v.value / v.limit) * 100)}%）`;
}
