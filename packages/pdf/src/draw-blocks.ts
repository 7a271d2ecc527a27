// One function per block kind; each draws at the cursor and leaves the cursor below it.
import { CELL_PAD_X, drawGrid, type Grid, gridHeight } from './draw-grid.ts';
import {
  baselineIn,
  drawText,
  ensureSpace,
  FILL,
  type Flow,
  measureWith,
  newPage,
  pageIsEmpty,
  RULE,
  spaceLeft,
} from './flow.ts';
import { breakLines } from './line-break.ts';
import { CONTENT_WIDTH, mm, PAGE, TYPE } from './page-geometry.ts';
import type {
  AmountsBlock,
  Block,
  BoxBlock,
  ColumnAlign,
  CornerBoxBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  SectionBlock,
  TableBlock,
} from './spec.ts';

function drawHeading(flow: Flow, block: HeadingBlock): void {
  drawHeadingLine(flow, block.text);
}

/** A bold heading with a rule under it, kept with the start of what follows. */
export function drawHeadingLine(flow: Flow, heading: string): void {
  const size = TYPE.heading;
  const line = size * TYPE.leading;
  // Keep a heading with at least three lines of what follows it.
  ensureSpace(flow, line + 4 + 3 * TYPE.cell * TYPE.leading);
  const lines = breakLines(heading, CONTENT_WIDTH, measureWith(flow.fonts.bold, size));
  for (const text of lines) {
    drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, line, size), {
      font: flow.fonts.bold,
      size,
    });
    flow.y -= line;
  }
  flow.page.drawLine({
    start: { x: PAGE.marginX, y: flow.y - 1 },
    end: { x: PAGE.marginX + CONTENT_WIDTH, y: flow.y - 1 },
    thickness: 0.8,
    color: RULE,
  });
  flow.y -= 5;
}

/**
 * A bold line above a section's grid, kept on the page with the grid's header and first row
 * (however many lines that row wraps to), so that no title ends a page alone.
 */
function drawSubheading(flow: Flow, text: string | undefined, grid?: Grid): void {
  if (!text) return;
  const size = TYPE.subheading;
  const line = size * TYPE.leading;
  const start = grid ? gridHeight(flow, { ...grid, rows: grid.rows.slice(0, 1) }) : 0;
  ensureSpace(flow, line + Math.max(3 * TYPE.cell * TYPE.leading, start));
  drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, line, size), {
    font: flow.fonts.bold,
    size,
  });
  flow.y -= line + 1;
}

function drawParagraph(flow: Flow, block: ParagraphBlock): void {
  const size = TYPE.body;
  const style = { font: flow.fonts.regular, size };
  const { lines, line, measure } = paragraphLines(flow, block.text);
  // A short paragraph is not split across pages; a long one leaves at least two lines behind.
  ensureSpace(flow, Math.min(lines.length, lines.length <= 3 ? 3 : 2) * line);
  for (const text of lines) {
    ensureSpace(flow, line);
    const x = cellX(block.align ?? 'left', PAGE.marginX, CONTENT_WIDTH, measure(text));
    drawText(flow.page, text, x, baselineIn(flow.y, line, size), style);
    flow.y -= line;
  }
}

/** Where text of `width` starts in the span [left, left + span) for an alignment. */
function cellX(align: ColumnAlign, left: number, span: number, width: number): number {
  if (align === 'right') return left + span - width;
  if (align === 'center') return left + (span - width) / 2;
  return left;
}

const LIST_LABEL = Math.round(CONTENT_WIDTH * 0.24);

/** Numbered items of a letter: the label, then its value wrapped beside it; an item is not split. */
function drawList(flow: Flow, block: ListBlock): void {
  const size = TYPE.body;
  const line = size * TYPE.leading;
  const style = { font: flow.fonts.regular, size };
  const measure = measureWith(style.font, size);
  for (const row of block.rows) {
    const values = breakLines(row.value, CONTENT_WIDTH - LIST_LABEL, measure);
    ensureSpace(flow, values.length * line + 4);
    drawText(flow.page, row.label, PAGE.marginX, baselineIn(flow.y, line, size), style);
    for (const value of values) {
      drawText(flow.page, value, PAGE.marginX + LIST_LABEL, baselineIn(flow.y, line, size), style);
      flow.y -= line;
    }
    flow.y -= 4;
  }
}

const CORNER_WIDTH = CONTENT_WIDTH * 0.62;

/** A label–value box against the right margin, as low on the page as it can go. */
function drawCornerBox(flow: Flow, block: CornerBoxBlock): void {
  const label = Math.round(CORNER_WIDTH * 0.22);
  const grid = {
    left: PAGE.marginX + CONTENT_WIDTH - CORNER_WIDTH,
    columns: [
      { width: label, align: 'left' as const, fill: FILL },
      { width: CORNER_WIDTH - label, align: 'left' as const },
    ],
    rows: block.rows.map((row) => ({ cells: [row.label, row.value] })),
  };
  // One point of slack so that rounding never pushes the last row onto the next page.
  const height = gridHeight(flow, grid) + 1;
  if (height <= spaceLeft(flow)) flow.y = PAGE.marginBottom + height;
  else newPage(flow);
  drawGrid(flow, grid);
}

function drawSection(flow: Flow, block: SectionBlock): void {
  const label = Math.round(CONTENT_WIDTH * 0.3);
  const note = block.note ? paragraphLines(flow, block.note) : undefined;
  const grid: Grid = {
    columns: [
      { width: label, align: 'left', fill: FILL },
      { width: CONTENT_WIDTH - label, align: 'left' },
    ],
    rows: block.rows.map((row) => ({ cells: [row.label, row.value] })),
  };
  drawSubheading(flow, block.title, grid);
  drawGrid(flow, grid, note ? note.lines.length * note.line : 0);
  if (block.note) drawParagraph(flow, { kind: 'paragraph', text: block.note });
}

/** The lines a body paragraph breaks into, and the height of one. */
function paragraphLines(flow: Flow, text: string) {
  const size = TYPE.body;
  const measure = measureWith(flow.fonts.regular, size);
  return { lines: breakLines(text, CONTENT_WIDTH, measure), line: size * TYPE.leading, measure };
}

function drawAmounts(flow: Flow, block: AmountsBlock): void {
  const amount = Math.round(CONTENT_WIDTH * 0.35);
  const grid: Grid = {
    columns: [
      { width: CONTENT_WIDTH - amount, align: 'left', fill: FILL },
      { width: amount, align: 'right' },
    ],
    rows: block.rows.map((row) => ({
      cells: [row.label, row.amount],
      bold: row.total ?? false,
    })),
  };
  drawSubheading(flow, block.title, grid);
  drawGrid(flow, grid);
}

/**
 * Column widths in points: in proportion to the weights, except that a column whose lines must
 * not break (nowrap, or right-aligned amounts) gets at least its longest line and the others share the rest.
 */
function columnWidths(flow: Flow, block: TableBlock): number[] {
  const measure = measureWith(flow.fonts.regular, TYPE.cell);
  const needs = block.columns.map((column, i) => {
    // A column of amounts is right-aligned; its figures never break either.
    if (!column.nowrap && column.align !== 'right') return 0;
    const lines = block.rows.flatMap((r) => (r[i] ?? '').split('\n'));
    return Math.max(0, ...lines.map(measure)) + 2 * CELL_PAD_X + 1;
  });
  let fixed = new Set<number>();
  for (;;) {
    const fixedWidth = [...fixed].reduce((sum, i) => sum + (needs[i] ?? 0), 0);
    const freeWeight = block.columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.width), 0);
    const share = freeWeight > 0 ? (CONTENT_WIDTH - fixedWidth) / freeWeight : 0;
    const widths = block.columns.map((c, i) => (fixed.has(i) ? (needs[i] ?? 0) : c.width * share));
    const grown = block.columns.findIndex(
      (_, i) => !fixed.has(i) && (needs[i] ?? 0) > (widths[i] ?? 0),
    );
    if (grown < 0) return widths;
    fixed = new Set([...fixed, grown]);
  }
}

function drawTable(flow: Flow, block: TableBlock): void {
  const alignOf = (i: number): ColumnAlign => block.columns[i]?.align ?? 'left';
  const widths = columnWidths(flow, block);
  const grid: Grid = {
    columns: block.columns.map((_, i) => ({
      width: widths[i] ?? 0,
      align: alignOf(i),
    })),
    header: { cells: block.columns.map((c) => c.header) },
    rows: block.rows.map((cells) => ({
      cells,
    })),
  };
  drawSubheading(flow, block.title, grid);
  drawGrid(flow, grid);
}

const BOX_PAD = 5;

/** Largest size from the body size down to TYPE.boxMin (0.5 pt steps) at which the text fits. */
function fitText(flow: Flow, text: string, width: number, height: number) {
  for (let size: number = TYPE.body; size >= TYPE.boxMin; size -= 0.5) {
    const lines = breakLines(text, width, measureWith(flow.fonts.regular, size));
    if (lines.length * size * TYPE.leading <= height) return { size, lines };
  }
  return undefined;
}

function drawBox(flow: Flow, block: BoxBlock): void {
  drawSubheading(flow, block.label);
  const height = mm(block.heightMm);
  const width = CONTENT_WIDTH - 2 * BOX_PAD;
  const fitted = fitText(flow, block.text, width, height - 2 * BOX_PAD);
  if (!fitted) {
    // Never drop text: what cannot fit at the smallest size is printed as a growing cell.
    flow.warnings.push(
      `「${block.label ?? block.text.slice(0, 10)}」の欄は文字が多いため枠を広げて印字しました。文章を短くすると所定の枠に収まります。`,
    );
    drawGrid(flow, {
      columns: [{ width: CONTENT_WIDTH, align: 'left' }],
      rows: [{ cells: [block.text] }],
    });
    return;
  }
  ensureSpace(flow, height);
  flow.page.drawRectangle({
    x: PAGE.marginX,
    y: flow.y - height,
    width: CONTENT_WIDTH,
    height,
    borderColor: RULE,
    borderWidth: 0.5,
  });
  const line = fitted.size * TYPE.leading;
  fitted.lines.forEach((text, n) => {
    const baseline = baselineIn(flow.y - BOX_PAD - n * line, line, fitted.size);
    drawText(flow.page, text, PAGE.marginX + BOX_PAD, baseline, {
      font: flow.fonts.regular,
      size: fitted.size,
    });
  });
  flow.y -= height;
}

const GAP_AFTER: Record<Block['kind'], number> = {
  heading: 4,
  paragraph: 8,
  list: 6,
  cornerBox: 10,
  section: 10,
  amounts: 10,
  table: 10,
  box: 10,
  pageBreak: 0,
};

/** Draws one block followed by its gap. */
export function drawBlock(flow: Flow, block: Block): void {
  switch (block.kind) {
    case 'heading':
      drawHeading(flow, block);
      break;
    case 'paragraph':
      drawParagraph(flow, block);
      break;
    case 'section':
      drawSection(flow, block);
      break;
    case 'amounts':
      drawAmounts(flow, block);
      break;
    case 'table':
      drawTable(flow, block);
      break;
    case 'box':
      drawBox(flow, block);
      break;
    case 'list':
      drawList(flow, block);
      break;
    case 'cornerBox':
      drawCornerBox(flow, block);
      break;
    case 'pageBreak':
      if (!pageIsEmpty(flow)) newPage(flow);
      break;
  }
  if (!pageIsEmpty(flow)) flow.y -= GAP_AFTER[block.kind];
}
