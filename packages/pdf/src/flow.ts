// The cursor that fills A4 pages from top to bottom and starts a new page when one is full.
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { boldOperators } from './drawn-bold.ts';
import { PAGE } from './page-geometry.ts';

export interface FlowFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface Flow {
  doc: PDFDocument;
  fonts: FlowFonts;
  pages: PDFPage[];
  page: PDFPage;
  /** PDF y of the top of the next thing drawn (y grows upwards). */
  y: number;
  warnings: string[];
}

export const INK = rgb(0.1, 0.1, 0.1);
export const RULE = rgb(0.45, 0.45, 0.45);
export const MUTED = rgb(0.35, 0.35, 0.35);
export const FILL = rgb(0.93, 0.93, 0.93);

export const TOP = PAGE.height - PAGE.marginTop;

export function startFlow(doc: PDFDocument, fonts: FlowFonts): Flow {
  const page = doc.addPage([PAGE.width, PAGE.height]);
  return { doc, fonts, pages: [page], page, y: TOP, warnings: [] };
}

export function newPage(flow: Flow): void {
  flow.page = flow.doc.addPage([PAGE.width, PAGE.height]);
  flow.pages.push(flow.page);
  flow.y = TOP;
}

/** Height left on the current page. */
export const spaceLeft = (flow: Flow) => flow.y - PAGE.marginBottom;

export const pageIsEmpty = (flow: Flow) => flow.y === TOP;

/** Starts a new page unless `height` still fits; true when a page was started. */
export function ensureSpace(flow: Flow, height: number): boolean {
  if (height <= spaceLeft(flow) || pageIsEmpty(flow)) return false;
  newPage(flow);
  return true;
}

// Widths per character at size 1: line breaking measures growing strings, and laying out
// each of them in full (font layout) made a two-page document take seconds.
const characterWidths = new WeakMap<PDFFont, Map<string, number>>();

/** Width of `text` in `font` at `size`, in points (sum of advance widths, as pdf-lib draws it). */
export function measureWith(font: PDFFont, size: number): (text: string) => number {
  let widths = characterWidths.get(font);
  if (!widths) {
    widths = new Map();
    characterWidths.set(font, widths);
  }
  const known = widths;
  return (text) => {
    let width = 0;
    for (const char of text) {
      let unit = known.get(char);
      if (unit === undefined) {
        unit = font.widthOfTextAtSize(char, 1);
        known.set(char, unit);
      }
      width += unit;
    }
    return width * size;
  };
}

/**
 * Baseline for text centred in a line box whose top is `top`: this font's em box spans
 * 0.12 em below to 0.88 em above the baseline, so its middle is 0.38 em up.
 */
export const baselineIn = (top: number, lineHeight: number, size: number) =>
  top - lineHeight / 2 - 0.38 * size;

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: ReturnType<typeof rgb>;
}

export function drawText(
  page: PDFPage,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
) {
  if (text === '') return;
  const color = style.color ?? INK;
  const bold = boldOperators(style.font, style.size, color);
  if (bold) page.pushOperators(...bold.before);
  page.drawText(text, { x, y: baseline, size: style.size, font: style.font, color });
  if (bold) page.pushOperators(...bold.after);
}

/** Draws `text` so that it ends at `right`. */
export function drawTextRight(
  page: PDFPage,
  text: string,
  right: number,
  baseline: number,
  style: TextStyle,
) {
  drawText(page, text, right - measureWith(style.font, style.size)(text), baseline, style);
}

export function drawTextCentered(
  page: PDFPage,
  text: string,
  center: number,
  baseline: number,
  style: TextStyle,
) {
  drawText(page, text, center - measureWith(style.font, style.size)(text) / 2, baseline, style);
}
