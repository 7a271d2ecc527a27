// One function per block kind; each draws at the cursor and leaves the cursor below it.
import { drawGrid } from './draw-grid.ts';
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
} from './flow.ts';
import { breakLines } from './line-break.ts';
import { CONTENT_WIDTH, mm, PAGE, TYPE } from './page-geometry.ts';
import type {
  AmountsBlock,
  Block,
  BoxBlock,
  ColumnAlign,
  HeadingBlock,
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

/** A bold line above a section's grid, kept on the page with the grid's first rows. */
function drawSubheading(flow: Flow, text: string | undefined): void {
  if (!text) return;
  const size = TYPE.subheading;
  const line = size * TYPE.leading;
  ensureSpace(flow, line + 3 * TYPE.cell * TYPE.leading);
  drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, line, size), {
    font: flow.fonts.bold,
    size,
  });
  flow.y -= line + 1;
}

function drawParagraph(flow: Flow, block: ParagraphBlock): void {
  const size = TYPE.body;
  const line = size * TYPE.leading;
  const style = { font: flow.fonts.regular, size };
  for (const text of breakLines(block.text, CONTENT_WIDTH, measureWith(style.font, size))) {
    ensureSpace(flow, line);
    drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, line, size), style);
    flow.y -= line;
  }
}

function drawSection(flow: Flow, block: SectionBlock): void {
  drawSubheading(flow, block.title);
  const label = Math.round(CONTENT_WIDTH * 0.3);
  drawGrid(flow, {
    columns: [
      { width: label, align: 'left', fill: FILL },
      { width: CONTENT_WIDTH - label, align: 'left' },
    ],
    rows: block.rows.map((row) => ({ cells: [row.label, row.value] })),
  });
}

function drawAmounts(flow: Flow, block: AmountsBlock): void {
  drawSubheading(flow, block.title);
  const amount = Math.round(CONTENT_WIDTH * 0.35);
  drawGrid(flow, {
    columns: [
      { width: CONTENT_WIDTH - amount, align: 'left', fill: FILL },
      { width: amount, align: 'right' },
    ],
    rows: block.rows.map((row) => ({
      cells: [row.label, row.amount],
      bold: row.total ?? false,
    })),
  });
}

function drawTable(flow: Flow, block: TableBlock): void {
  drawSubheading(flow, block.title);
  const totalWeight = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const alignOf = (i: number): ColumnAlign => block.columns[i]?.align ?? 'left';
  drawGrid(flow, {
    columns: block.columns.map((c, i) => ({
      width: (CONTENT_WIDTH * c.width) / totalWeight,
      align: alignOf(i),
    })),
    header: { cells: block.columns.map((c) => c.header) },
    rows: block.rows.map((cells) => ({
      cells,
    })),
  });
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
    case 'pageBreak':
      if (!pageIsEmpty(flow)) newPage(flow);
      break;
  }
  if (!pageIsEmpty(flow)) flow.y -= GAP_AFTER[block.kind];
}
