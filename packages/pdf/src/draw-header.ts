// The head of a Japanese official letter (公文書): reference lines (文書番号, date) at the top
// right, the 宛先 on the left, the issuer right-aligned under it, then the subject centred.
import {
  baselineIn,
  drawText,
  drawTextCentered,
  drawTextRight,
  type Flow,
  measureWith,
} from './flow.ts';
import { breakLines } from './line-break.ts';
import { CONTENT_WIDTH, PAGE, TYPE } from './page-geometry.ts';
import type { PdfDocumentSpec, TextLine } from './spec.ts';

const RIGHT = PAGE.marginX + CONTENT_WIDTH;

/** Lines right-aligned at the right margin, each broken to `width` if it must be. */
function drawRightLines(flow: Flow, lines: readonly TextLine[], size: number, width: number): void {
  const style = { font: flow.fonts.regular, size };
  const line = size * TYPE.leading;
  for (const text of lines.flatMap((l) =>
    breakLines(l.text, width, measureWith(style.font, size)),
  )) {
    drawTextRight(flow.page, text, RIGHT, baselineIn(flow.y, line, size), style);
    flow.y -= line;
  }
}

/** Draws the head of the first page. */
export function drawHeader(flow: Flow, spec: PdfDocumentSpec): void {
  if (spec.reference?.length) {
    drawRightLines(flow, spec.reference, TYPE.body, CONTENT_WIDTH / 2);
    flow.y -= 14;
  }
  if (spec.addressee) {
    const size = TYPE.heading;
    const line = size * TYPE.leading;
    const style = { font: flow.fonts.regular, size };
    for (const text of breakLines(
      spec.addressee,
      CONTENT_WIDTH / 2,
      measureWith(style.font, size),
    )) {
      drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, line, size), style);
      flow.y -= line;
    }
    flow.y -= 10;
  }
  if (spec.sender?.length) {
    drawRightLines(flow, spec.sender, TYPE.heading, CONTENT_WIDTH * 0.6);
    flow.y -= 18;
  }
  // A subject that would not fit on one line is set smaller before it is broken.
  const font = flow.fonts.bold;
  const fits = (size: number) => measureWith(font, size)(spec.title) <= CONTENT_WIDTH;
  const size: number = fits(TYPE.title) ? TYPE.title : TYPE.heading + 1;
  const bold = { font, size };
  const titleLine = size * 1.6;
  for (const text of breakLines(spec.title, CONTENT_WIDTH, measureWith(bold.font, size))) {
    drawTextCentered(
      flow.page,
      text,
      PAGE.marginX + CONTENT_WIDTH / 2,
      baselineIn(flow.y, titleLine, size),
      bold,
    );
    flow.y -= titleLine;
  }
  flow.y -= 12;
}
