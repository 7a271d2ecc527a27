// The byte budgets of issues 10 and 19, checked in CI (byte sizes are stable; timings are not).
import { type ByteReport, KB } from './byte-sizes.ts';

export const byteBudgets = {
  /** The initial module (entry + its static imports), gzip. */
  initialGzip: 40 * KB,
  /**
   * The initial module plus everything needed to fill one form (no PDF, fonts, reference data), gzip.
   * Was 100 KB; raised to 110 KB when the row table with paste and the control registry (+7.5 KB)
   * and resume/export of drafts (+1 KB) came in. zod's classic build carries 5.6 KB of JSON-Schema
   * code no form fills with; moving the browser to zod/mini is the next cut (README 性能).
   * 111 KB since each lazy import names the chunks it needs, to fetch them at once (+1 KB;
   * packages/assistant/parallel-imports.ts: the first step 100–150 ms sooner).
   */
  fillOneFormGzip: 111 * KB,
  /**
   * The JS the browser needs before a form's first step is interactive (issue 19 point 3), gzip:
   * the initial module, the support chunk and the form's outline chunk with their static imports.
   * The target, 60 KB. Measured 2026-11-28 once each form draws its first step from its outline and
   * its contract (zod, schema, calculator, text limits) loads after, and the error lines' wording
   * (with the value parsers it uses) loads with the step elements: 56.7 / 55.2 / 51.8 KB
   * (派遣 / 集約化 / 研修; was 75.1 / 73.8 / 69.9 KB).
   */
  beforeFirstStepGzip: 60 * KB,
  /** What building a PDF loads (the PDF worker and its chunks), gzip. */
  pdfCodeGzip: 200 * KB,
  /** The font files as transferred (already compressed; no server compression assumed). */
  fontsTransferred: 1500 * KB,
} as const;

export interface BudgetResult {
  name: string;
  /** Bytes measured: gzip, or as transferred for the font (see `measure`). */
  gzip: number;
  measure: 'gzip' | '転送量 transferred';
  budget: number;
  ok: boolean;
}

export function checkBudgets(report: ByteReport): BudgetResult[] {
  const result = (
    name: string,
    gzip: number,
    budget: number,
    measure: BudgetResult['measure'] = 'gzip',
  ): BudgetResult => ({ name, gzip, budget, measure, ok: gzip <= budget });
  return [
    result('初期モジュール / initial module', report.initial.gzip, byteBudgets.initialGzip),
    ...report.fillOneForm.map((form) =>
      result(
        `初期モジュール + 様式 ${form.form} の入力に必要なもの / initial + fill ${form.form}`,
        form.sizes.gzip,
        byteBudgets.fillOneFormGzip,
      ),
    ),
    ...report.beforeFirstStep.map((form) =>
      result(
        `最初のステップまでに読む JS（様式 ${form.form}） / JS before the first step of ${form.form}`,
        form.sizes.gzip,
        byteBudgets.beforeFirstStepGzip,
      ),
    ),
    result('PDF のコード / PDF code (worker)', report.pdfWorker.gzip, byteBudgets.pdfCodeGzip),
    result(
      'PDF のフォント（転送量） / fonts transferred',
      report.fontsTransferred,
      byteBudgets.fontsTransferred,
      '転送量 transferred',
    ),
  ];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** One line per budget: within, or over by how much. */
export function budgetLine(result: BudgetResult): string {
  const verdict = result.ok
    ? `OK（残り ${kb(result.budget - result.gzip)}）`
    : `超過 OVER by ${kb(result.gzip - result.budget)}（${Math.round((result.gzip / result.budget) * 100)}%）`;
  return `${result.name}: ${kb(result.gzip)} ${result.measure} / 予算 budget ${kb(result.budget)} — ${verdict}`;
}
