// The 取りまとめ表 as .xlsx (SheetJS Community Edition, @e965/xlsx: no eval, no dependencies, the
// same in Node and the browser; this module is only loaded when an export is asked for).
// Sheets: 集計 (totals per measure, 措置区分, 団体, status counts), one per measure (a row per
// claim and a 合計 row), and 受付不可 when files were refused. Amounts are numbers with a
// thousands format; 千円 columns hold the 第22条-rounded figures.
import { utils, type WorkSheet, write } from '@e965/xlsx';
import type { RefusedFile } from './received-claim.ts';
import type { RollupReport } from './rollup-report.ts';
import {
  type Cell,
  type Column,
  categoriesOf,
  claimTable,
  type Table,
  totalsRow,
} from './rollup-table.ts';

const AMOUNT_FORMAT = '#,##0';

/** Excel's limits on a sheet name: 31 characters, none of []:*?/\ . */
function sheetName(title: string, taken: ReadonlySet<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '・').slice(0, 31) || '様式';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 28)}(${n})`;
  return name;
}

/**
 * A sheet from header and rows, amount columns formatted, widths set, and an autofilter over the
 * first `filtered` rows (the claims, not the 合計 row under them).
 */
function sheetOf(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  filtered = rows.length,
): WorkSheet {
  const sheet = utils.aoa_to_sheet([columns.map((c) => c.header), ...rows.map((row) => [...row])]);
  columns.forEach((column, col) => {
    if (column.kind !== 'yen' && column.kind !== 'thousandYen') return;
    for (let row = 1; row <= rows.length; row++) {
      const cell = sheet[utils.encode_cell({ r: row, c: col })];
      if (cell && cell.t === 'n') cell.z = AMOUNT_FORMAT;
    }
  });
  sheet['!cols'] = columns.map((column) => ({ wch: column.width }));
  if (filtered > 0)
    sheet['!autofilter'] = {
      ref: utils.encode_range({ r: 0, c: 0 }, { r: filtered, c: columns.length - 1 }),
    };
  return sheet;
}

const text = (header: string, width = 16): Column => ({ header, kind: 'text', width });
const count = (header: string): Column => ({ header, kind: 'count', width: 8 });
const yen = (header: string): Column => ({ header, kind: 'yen', width: 16 });
const thousand = (header: string): Column => ({ header, kind: 'thousandYen', width: 14 });

/** The 集計 sheet: blocks one under the other, each with its own header row. */
function summarySheet(report: RollupReport, refused: readonly RefusedFile[]): WorkSheet {
  const blocks: Table[] = [
    {
      columns: [text('様式', 40), count('件数'), yen('措置額（円）'), thousand('措置額（千円）')],
      rows: [
        ...report.byMeasure.map((m) => [m.formTitle, m.claims, m.totals.yen, m.totals.thousandYen]),
        [
          '総計',
          report.byMeasure.reduce((n, m) => n + m.claims, 0),
          report.overall.yen,
          report.overall.thousandYen,
        ],
      ],
    },
    {
      columns: [
        text('様式', 40),
        text('措置区分'),
        yen('措置額（円）'),
        thousand('措置額（千円）'),
      ],
      rows: report.byCategory.map((c) => [
        c.formTitle,
        c.label,
        c.totals.yen,
        c.totals.thousandYen,
      ]),
    },
    {
      columns: [
        text('団体コード'),
        text('団体名'),
        count('件数'),
        yen('措置額（円）'),
        thousand('措置額（千円）'),
      ],
      rows: report.byDantai.map((d) => [
        d.dantaiCode,
        d.dantaiName,
        d.claims,
        d.totals.yen,
        d.totals.thousandYen,
      ]),
    },
    {
      columns: [text('状態'), count('件数')],
      rows: [
        ['OK', report.statusCounts.OK],
        ['要確認', report.statusCounts.要確認],
        ['不備', report.statusCounts.不備],
        ['受付不可', refused.length],
      ],
    },
  ];
  // One grid: each block's header and rows, a blank row between blocks; formats per block column.
  const grid: Cell[][] = [
    ['取りまとめ表（集計）'],
    ['千円は各合計の円を地方交付税法第22条により端数処理した額です。'],
  ];
  const amountCells: [number, number][] = [];
  for (const block of blocks) {
    grid.push([]);
    grid.push(block.columns.map((c) => c.header));
    for (const row of block.rows) {
      block.columns.forEach((column, col) => {
        if (column.kind === 'yen' || column.kind === 'thousandYen')
          amountCells.push([grid.length, col]);
      });
      grid.push([...row]);
    }
  }
  const sheet = utils.aoa_to_sheet(grid);
  for (const [r, c] of amountCells) {
    const cell = sheet[utils.encode_cell({ r, c })];
    if (cell && cell.t === 'n') cell.z = AMOUNT_FORMAT;
  }
  sheet['!cols'] = [{ wch: 40 }, { wch: 16 }, { wch: 16 }, { wch: 16 }, { wch: 16 }];
  return sheet;
}

/** See rollupToXlsx in index.ts. */
export async function rollupToXlsx(
  report: RollupReport,
  refused: readonly RefusedFile[] = [],
): Promise<Uint8Array> {
  const book = utils.book_new();
  const taken = new Set<string>();
  const add = (sheet: WorkSheet, title: string) => {
    const name = sheetName(title, taken);
    taken.add(name);
    utils.book_append_sheet(book, sheet, name);
  };
  add(summarySheet(report, refused), '集計');
  for (const measure of report.byMeasure) {
    const claims = report.claims.filter((claim) => claim.formId === measure.formId);
    const categories = categoriesOf(claims);
    const table = claimTable(claims, categories, { withMeasure: false });
    const rows = [
      ...table.rows,
      totalsRow(report, measure.formId, categories, table.columns.length),
    ];
    add(sheetOf(table.columns, rows, table.rows.length), measure.formTitle);
  }
  if (refused.length > 0)
    add(
      sheetOf(
        [text('ファイル', 40), text('理由', 100)],
        refused.map((file) => [file.fileName, file.message]),
      ),
      '受付不可',
    );
  const bytes: ArrayBuffer = write(book, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(bytes);
}
