// The 取りまとめ表 as one CSV: a row per claim of every measure, then the refused files. UTF-8 with
// a BOM and CRLF line ends, so that Excel opens it with Japanese intact.
import type { RefusedFile } from './received-claim.ts';
import type { RollupReport } from './rollup-report.ts';
import { type Cell, categoriesOf, claimTable } from './rollup-table.ts';

const BOM = '\uFEFF';

/**
 * A field as CSV: quoted when it holds a comma, quote or line break. Text a spreadsheet would
 * take for a formula (=, +, -, @ first; a received file's name may be hostile) gets a leading '.
 */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** See rollupToCsv in index.ts. */
export async function rollupToCsv(
  report: RollupReport,
  refused: readonly RefusedFile[] = [],
): Promise<Uint8Array> {
  const table = claimTable(report.claims, categoriesOf(report.claims), {
    withMeasure: true,
    refused,
  });
  const lines = [table.columns.map((c) => c.header), ...table.rows].map((row) =>
    row.map(csvField).join(','),
  );
  return new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`);
}
