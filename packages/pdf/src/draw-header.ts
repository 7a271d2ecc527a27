// The head of a Japanese official form: 提出日 on the right, 宛先 on the left, the applicant
// on the right, then the title centred.
import {
  baselineIn,
  drawText,
  drawTextCentered,
  drawTextRight,
  type Flow,
  MUTED,
  measureWith,
} from './flow.ts';
import { breakLines } from './line-break.ts';
import { CONTENT_WIDTH, PAGE, TYPE } from './page-geometry.ts';
import type { LabelValueRow, PdfDocumentSpec } from './spec.ts';

const RIGHT = PAGE.marginX + CONTENT_WIDTH;

function drawApplicant(flow: Flow, rows: LabelValueRow[]): void {
  const left = PAGE.marginX + CONTENT_WIDTH * 0.48;
  const labelWidth = CONTENT_WIDTH * 0.14;
  const valueWidth = RIGHT - left - labelWidth;
  const size = TYPE.body;
  const line = size * TYPE.leading;
  for (const row of rows) {
    const values = breakLines(row.value, valueWidth, measureWith(flow.fonts.regular, size));
    drawText(flow.page, row.label, left, baselineIn(flow.y, line, TYPE.cell), {
      font: flow.fonts.regular,
      size: TYPE.cell,
      color: MUTED,
    });
    for (const value of values) {
      drawText(flow.page, value, left + labelWidth, baselineIn(flow.y, line, size), {
        font: flow.fonts.regular,
        size,
      });
      flow.y -= line;
    }
  }
}

/** Draws the head of the first page. */
export function drawHeader(flow: Flow, spec: PdfDocumentSpec): void {
  const body = { font: flow.fonts.regular, size: TYPE.body };
  const line = TYPE.body * TYPE.leading;
  if (spec.submitDate) {
    drawTextRight(flow.page, spec.submitDate, RIGHT, baselineIn(flow.y, line, body.size), body);
    flow.y -= line + 4;
  }
  if (spec.addressee) {
    const size = TYPE.heading;
    const addressLine = size * TYPE.leading;
    for (const text of breakLines(
      spec.addressee,
      CONTENT_WIDTH / 2,
      measureWith(body.font, size),
    )) {
      drawText(flow.page, text, PAGE.marginX, baselineIn(flow.y, addressLine, size), {
        ...body,
        size,
      });
      flow.y -= addressLine;
    }
    flow.y -= 6;
  }
  if (spec.applicant?.length) {
    drawApplicant(flow, spec.applicant);
    flow.y -= 10;
  }
  const size = TYPE.title;
  const titleLine = size * 1.6;
  const bold = { font: flow.fonts.bold, size };
  for (const text of breakLines(spec.title, CONTENT_WIDTH * 0.9, measureWith(bold.font, size))) {
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
