// The 取りまとめ表 as plain rows, shared by the .xlsx and CSV exports: one row per claim, a column
// per 措置区分, the totals in 円 and 千円, and the reasons. Amounts are numbers (whole 円).
import type { RefusedFile } from './received-claim.ts';
import type { CheckedClaim, RollupReport } from './rollup-report.ts';
import { categoryLabel } from './rollup-totals.ts';

export type Cell = string | number | null;
/** How a column is shown: text, a count, or an amount in 円 or 千円. */
export type ColumnKind = 'text' | 'count' | 'yen' | 'thousandYen';

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Width in characters, for a spreadsheet. */
  readonly width: number;
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A 措置区分 of one measure: the kind of its claim lines and their label. */
export interface Category {
  readonly formId: string;
  readonly formTitle: string;
  readonly kind: string;
  readonly label: string;
}

const STATUS_REFUSED = '受付不可';
const NOT_COUNTED = '集計外';

/** The 措置区分 the claims' lines use, in order of first appearance. */
export function categoriesOf(claims: readonly CheckedClaim[]): Category[] {
  const found = new Map<string, Category>();
  for (const claim of claims) {
    for (const line of claim.amounts.lines) {
      const key = `${claim.formId}\n${line.kind}`;
      if (!found.has(key))
        found.set(key, {
          formId: claim.formId,
          formTitle: claim.formTitle,
          kind: line.kind,
          label: categoryLabel(line.label),
        });
    }
  }
  return [...found.values()];
}

/** A header per 措置区分; the measure is named too where two measures share a label. */
function categoryHeaders(categories: readonly Category[]): string[] {
  return categories.map((category) => {
    const shared = categories.some((other) => other !== category && other.label === category.label);
    return shared ? `${category.formTitle}・${category.label}（円）` : `${category.label}（円）`;
  });
}

/** The claim's amount in one 措置区分 (its lines of that kind), or null when not counted. */
function categoryAmount(claim: CheckedClaim, category: Category): number | null {
  if (!claim.counted || claim.formId !== category.formId) return null;
  return claim.amounts.lines
    .filter((line) => line.kind === category.kind)
    .reduce((sum, line) => sum + line.amount, 0);
}

/** The findings as lines of text, 不備 first. */
export function reasonsText(claim: CheckedClaim): string {
  const ordered = [
    ...claim.findings.filter((f) => f.status === '不備'),
    ...claim.findings.filter((f) => f.status === '要確認'),
  ];
  return ordered.map((f) => `【${f.status}】${f.message}`).join('\n');
}

/**
 * One row per claim (then per refused file), with the measure's name when `withMeasure`. Claims
 * left out of the totals show no amounts and 「集計外」.
 */
export function claimTable(
  claims: readonly CheckedClaim[],
  categories: readonly Category[],
  options: { withMeasure: boolean; refused?: readonly RefusedFile[] },
): Table {
  const columns: Column[] = [
    { header: 'No.', kind: 'count', width: 5 },
    ...(options.withMeasure ? [{ header: '様式', kind: 'text' as const, width: 28 }] : []),
    { header: '状態', kind: 'text', width: 8 },
    { header: '集計', kind: 'text', width: 8 },
    { header: '団体コード', kind: 'text', width: 10 },
    { header: '団体名', kind: 'text', width: 14 },
    { header: '年度', kind: 'text', width: 11 },
    { header: '文書番号', kind: 'text', width: 18 },
    ...categoryHeaders(categories).map((header) => ({
      header,
      kind: 'yen' as const,
      width: 14,
    })),
    { header: '措置額（円）', kind: 'yen', width: 14 },
    { header: '措置額（千円）', kind: 'thousandYen', width: 12 },
    { header: 'ファイル', kind: 'text', width: 30 },
    { header: '確認事項', kind: 'text', width: 80 },
  ];
  const rows: Cell[][] = claims.map((claim, index) => [
    index + 1,
    ...(options.withMeasure ? [claim.formTitle] : []),
    claim.status,
    claim.counted ? '集計' : NOT_COUNTED,
    claim.dantaiCode,
    claim.dantaiName,
    claim.fiscalYearLabel || null,
    claim.documentNumber,
    ...categories.map((category) => categoryAmount(claim, category)),
    claim.counted ? claim.amounts.totals.yen : null,
    claim.counted ? claim.amounts.totals.thousandYen : null,
    claim.fileName,
    reasonsText(claim),
  ]);
  const blanks = columns.length - 5 - (options.withMeasure ? 1 : 0);
  for (const file of options.refused ?? []) {
    rows.push([
      rows.length + 1,
      ...(options.withMeasure ? [null] : []),
      STATUS_REFUSED,
      NOT_COUNTED,
      ...Array<Cell>(blanks).fill(null),
      file.fileName,
      file.message,
    ]);
  }
  return { columns, rows };
}

/** The totals row of a measure's table: 合計 under each amount column. */
export function totalsRow(
  report: RollupReport,
  formId: string,
  categories: readonly Category[],
  width: number,
): Cell[] {
  const measure = report.byMeasure.find((m) => m.formId === formId);
  const byKind = (kind: string) =>
    report.byCategory.find((c) => c.formId === formId && c.kind === kind)?.totals.yen ?? 0;
  const row: Cell[] = ['合計', null, null, null, null, null, null];
  row.push(...categories.map((category) => byKind(category.kind)));
  row.push(measure?.totals.yen ?? 0, measure?.totals.thousandYen ?? 0);
  while (row.length < width) row.push(null);
  return row;
}
