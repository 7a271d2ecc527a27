// @koiki/pdf: A4 form PDFs in Japanese, the same in the browser and in Node.
// This entry is light: pdf-lib loads only when a PDF is built or read.

import type { MissingGlyph } from './errors.ts';
import type { PdfDataAndDate, ReadPdfDataOptions } from './read-pdf-data.ts';
import type {
  BuildPdfOptions,
  BuiltPdf,
  EmbeddedPdfData,
  PdfDocumentSpec,
  PdfFonts,
} from './spec.ts';

export { dataHash } from './data-hash.ts';
export {
  AttachmentError,
  type AttachmentProblem,
  FontLoadError,
  type MissingGlyph,
  MissingGlyphsError,
  PdfDataError,
  type PdfDataProblem,
} from './errors.ts';
export { FONT_CACHE_NAME, fetchFonts } from './fetch-fonts.ts';

import { fetchFonts } from './fetch-fonts.ts';

export { FONT_FILE_NAME } from './font-files.ts';
export { checkGlyphCoverage, type GlyphLookup } from './glyph-coverage.ts';
export { MAX_PDF_BYTES } from './limits.ts';
export { breakLines } from './line-break.ts';
export type { PdfDataAndDate, ReadPdfDataOptions } from './read-pdf-data.ts';
export type * from './spec.ts';
export { VARIANT_SUGGESTIONS } from './variant-suggestions.ts';

/** Builds the PDF (loads pdf-lib on first use). See build-pdf.ts. */
export async function buildPdf(
  spec: PdfDocumentSpec,
  fonts: PdfFonts,
  options?: BuildPdfOptions,
): Promise<BuiltPdf> {
  return (await import('./build-pdf.ts')).buildPdf(spec, fonts, options);
}

/** Characters of `spec` the fonts cannot print, by field, with suggestions (loads the builder). */
export async function findMissingGlyphs(
  spec: PdfDocumentSpec,
  fonts: PdfFonts,
): Promise<MissingGlyph[]> {
  return (await import('./build-pdf.ts')).findMissingGlyphs(spec, fonts);
}

/** The form id, schema version and data inside a PDF made by buildPdf (loads pdf-lib). */
export async function readPdfData(bytes: Uint8Array): Promise<EmbeddedPdfData> {
  return (await import('./read-pdf-data.ts')).readPdfData(bytes);
}

/** The data inside a PDF made by buildPdf and the PDF's creation date (loads pdf-lib). */
export async function readPdfDataAndDate(
  bytes: Uint8Array,
  options?: ReadPdfDataOptions,
): Promise<PdfDataAndDate> {
  return (await import('./read-pdf-data.ts')).readPdfDataAndDate(bytes, options);
}

/** Starts loading the PDF code and fonts before they are asked for (e.g. on the review page). */
export function preparePdf(assetBase: string): Promise<void> {
  return Promise.all([import('./build-pdf.ts'), fetchFonts(assetBase)]).then(
    () => undefined,
    () => undefined, // a failure here is reported when the PDF is really built
  );
}
