// Bold drawn from the regular weight: the glyphs are filled and also stroked with a thin
// outline. One font file then serves both weights, which halves what a browser downloads
// (a second weight would be another 1.4 MB). The font must be its own embedding (not the one
// used for regular text), so that drawText can tell the two apart.
import {
  type Color,
  type PDFFont,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
} from 'pdf-lib';

/** Outline width as a share of the font size: close to BIZ UDPGothic Bold's heavier stems. */
const STROKE_PER_SIZE = 0.03;

const drawnBoldFonts = new WeakSet<PDFFont>();

/** Marks `font` (an embedding of the regular weight) to be drawn bold. */
export function drawnBold(font: PDFFont): PDFFont {
  drawnBoldFonts.add(font);
  return font;
}

/** Operators to put around text drawn in `font`, or undefined when the font needs none. */
export function boldOperators(
  font: PDFFont,
  size: number,
  color: Color,
): { before: PDFOperator[]; after: PDFOperator[] } | undefined {
  if (!drawnBoldFonts.has(font)) return undefined;
  return {
    before: [
      pushGraphicsState(),
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(size * STROKE_PER_SIZE),
      setStrokingColor(color),
    ],
    after: [popGraphicsState()],
  };
}
