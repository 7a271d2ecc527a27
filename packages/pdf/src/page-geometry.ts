// A4 portrait in PDF points (1 pt = 1/72 inch), with the margins a printed form needs.
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;

export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginX: mm(18),
  marginTop: mm(16),
  /** Content stops here; the footer lives below it. */
  marginBottom: mm(20),
  /** Baseline of the footer line and page number. */
  footerBaseline: mm(10),
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const TYPE = {
  title: 16,
  heading: 12,
  subheading: 10.5,
  body: 10,
  cell: 9.5,
  footer: 7,
  /** Line height as a multiple of the font size. */
  leading: 1.45,
  /** Smallest size a fixed box may shrink its text to. */
  boxMin: 6,
} as const;
