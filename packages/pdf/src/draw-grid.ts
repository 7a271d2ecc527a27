// A ruled grid of cells: the one drawing routine behind sections, amounts and tables.
// Rows break across pages (a tall row is split by lines), and the header is repeated.
import type { Color, PDFFont } from 'pdf-lib';
import {
  baselineIn,
  drawText,
  ensureSpace,
  FILL,
  type Flow,
  measureWith,
  newPage,
  RULE,
  spaceLeft,
} from './flow.ts';
import { breakLines } from './line-break.ts';
import { PAGE, TYPE } from './page-geometry.ts';
import type { ColumnAlign } from './spec.ts';

export interface GridColumn {
  width: number;
  align: ColumnAlign;
  fill?: Color;
}

export interface GridRow {
  cells: string[];
  bold?: boolean;
}

export interface Grid {
  /** x of the grid's left edge; the left margin when left out. */
  left?: number;
  columns: GridColumn[];
  header?: GridRow;
  rows: GridRow[];
}

/** Space between a cell's rule and its text, left and right. */
export const CELL_PAD_X = 4;
const PAD_X = CELL_PAD_X;
const PAD_Y = 3;
const SIZE = TYPE.cell;
const LINE = SIZE * TYPE.leading;

/** A row broken into lines per cell, ready to draw in slices. */
interface LaidRow {
  lines: string[][];
  font: PDFFont;
  count: number;
  fill?: Color;
  align?: ColumnAlign;
}

function layRow(flow: Flow, grid: Grid, row: GridRow, header = false): LaidRow {
  const font = row.bold || header ? flow.fonts.bold : flow.fonts.regular;
  const measure = measureWith(font, SIZE);
  const lines = grid.columns.map((column, i) =>
    breakLines(row.cells[i] ?? '', column.width - 2 * PAD_X, measure),
  );
  const count = Math.max(1, ...lines.map((l) => l.length));
  return header ? { lines, font, count, fill: FILL, align: 'center' } : { lines, font, count };
}

const heightOf = (lines: number) => lines * LINE + 2 * PAD_Y;

function cellX(align: ColumnAlign, left: number, width: number, textWidth: number): number {
  if (align === 'right') return left + width - PAD_X - textWidth;
  if (align === 'center') return left + (width - textWidth) / 2;
  return left + PAD_X;
}

/** Draws lines [from, to) of a row at the cursor and moves the cursor below it. */
function drawSlice(flow: Flow, grid: Grid, row: LaidRow, from: number, to: number): void {
  const height = heightOf(to - from);
  let left = grid.left ?? PAGE.marginX;
  grid.columns.forEach((column, i) => {
    const fill = row.fill ?? column.fill;
    flow.page.drawRectangle({
      x: left,
      y: flow.y - height,
      width: column.width,
      height,
      borderColor: RULE,
      borderWidth: 0.5,
      ...(fill ? { color: fill } : {}),
    });
    const align = row.align ?? column.align;
    (row.lines[i] ?? []).slice(from, to).forEach((line, n) => {
      const baseline = baselineIn(flow.y - PAD_Y - n * LINE, LINE, SIZE);
      const x = cellX(align, left, column.width, measureWith(row.font, SIZE)(line));
      drawText(flow.page, line, x, baseline, { font: row.font, size: SIZE });
    });
    left += column.width;
  });
  flow.y -= height;
}

/** Height of the whole grid drawn on one page (header and every row). */
export function gridHeight(flow: Flow, grid: Grid): number {
  const header = grid.header ? heightOf(layRow(flow, grid, grid.header, true).count) : 0;
  return grid.rows.reduce((sum, row) => sum + heightOf(layRow(flow, grid, row).count), header);
}

/**
 * Draws the grid at the cursor, continuing on new pages as needed. `keepBelow` is the height of
 * what must follow the last row on its page (a note), so that it never starts a page alone.
 */
export function drawGrid(flow: Flow, grid: Grid, keepBelow = 0): void {
  const header = grid.header ? layRow(flow, grid, grid.header, true) : undefined;
  const headerHeight = header ? heightOf(header.count) : 0;
  const drawHeader = () => header && drawSlice(flow, grid, header, 0, header.count);
  const rows = grid.rows.map((row) => layRow(flow, grid, row));
  const freshPageRoom = PAGE.height - PAGE.marginTop - PAGE.marginBottom - headerHeight;

  // Never leave a header alone at the bottom of a page.
  ensureSpace(flow, headerHeight + heightOf(Math.min(rows[0]?.count ?? 1, 3)));
  drawHeader();
  rows.forEach((row, index) => {
    const reserve = index === rows.length - 1 ? keepBelow : 0;
    let from = 0;
    while (from < row.count) {
      const remaining = row.count - from;
      const fitting = Math.floor((spaceLeft(flow) - reserve - 2 * PAD_Y) / LINE);
      if (fitting >= remaining) {
        drawSlice(flow, grid, row, from, row.count);
        break;
      }
      // Move a row that would fit on a page of its own rather than split it; split only tall rows.
      if (heightOf(remaining) <= freshPageRoom || fitting < 1) {
        newPage(flow);
        drawHeader();
        continue;
      }
      drawSlice(flow, grid, row, from, from + fitting);
      from += fitting;
      newPage(flow);
      drawHeader();
    }
  });
}
