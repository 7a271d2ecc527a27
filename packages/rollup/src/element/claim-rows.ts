// Which checked claims the table shows, and in which order: pure functions of the report.
import type { CheckedClaim, ClaimStatus } from '../rollup-report.ts';

export type SortKey = 'received' | 'status' | 'dantai' | 'form' | 'fiscalYear' | 'yen' | 'file';

export interface RowSort {
  key: SortKey;
  ascending: boolean;
}

export interface RowFilter {
  status: ClaimStatus | 'all';
  /** Matched against the 団体's name and code and the file name. */
  text: string;
}

/** Worst first when ascending: what needs attention comes to the top. */
const statusRank: Record<ClaimStatus, number> = { 不備: 0, 要確認: 1, OK: 2 };
const collator = new Intl.Collator('ja');

type Compare = (a: CheckedClaim, b: CheckedClaim) => number;

const byText =
  (text: (claim: CheckedClaim) => string): Compare =>
  (a, b) =>
    collator.compare(text(a), text(b));

const compareBy: Record<Exclude<SortKey, 'received'>, Compare> = {
  status: (a, b) => statusRank[a.status] - statusRank[b.status],
  dantai: byText((claim) => claim.dantaiName ?? claim.dantaiCode ?? ''),
  form: byText((claim) => claim.formTitle),
  fiscalYear: (a, b) => (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0),
  yen: (a, b) => a.amounts.totals.yen - b.amounts.totals.yen,
  file: byText((claim) => claim.fileName),
};

function matches(claim: CheckedClaim, filter: RowFilter): boolean {
  if (filter.status !== 'all' && claim.status !== filter.status) return false;
  const text = filter.text.trim();
  if (text === '') return true;
  return [claim.dantaiName, claim.dantaiCode, claim.fileName].some((value) =>
    value?.includes(text),
  );
}

/** The claims to show: filtered, then sorted (stable: equal rows keep the order received). */
export function visibleRows(
  claims: readonly CheckedClaim[],
  filter: RowFilter,
  sort: RowSort,
): CheckedClaim[] {
  const rows = claims.filter((claim) => matches(claim, filter));
  if (sort.key === 'received') return sort.ascending ? rows : rows.reverse();
  const compare = compareBy[sort.key];
  return rows.sort((a, b) => (sort.ascending ? compare(a, b) : compare(b, a)));
}

/** Rows shown at once: a table of every 団体 of Japan (≈1,800) would take seconds to lay out. */
export const rowsPerPage = 100;

export interface RowPage<T> {
  rows: T[];
  /** 0-based page shown (clamped to the pages there are). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 when there are none). */
  first: number;
  last: number;
}

/** Page `page` of `rows`, `size` rows a page. */
export function pageOf<T>(rows: readonly T[], page: number, size = rowsPerPage): RowPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const slice = rows.slice(shown * size, (shown + 1) * size);
  const first = slice.length === 0 ? 0 : shown * size + 1;
  return {
    rows: slice,
    page: shown,
    pages,
    first,
    last: first === 0 ? 0 : first + slice.length - 1,
  };
}
