// The one module that loads pdf-lib and the font code: import it lazily (index.ts does).
import { PDFDocument } from 'pdf-lib';
import { appendAttachments } from './append-attachments.ts';
import { dataHash } from './data-hash.ts';
import { drawBlock } from './draw-blocks.ts';
import { drawFooters } from './draw-footers.ts';
import { drawHeader } from './draw-header.ts';
import { drawnBold } from './drawn-bold.ts';
import { embedData, setMetadata } from './embed-data.ts';
import { MissingGlyphsError } from './errors.ts';
import { startFlow } from './flow.ts';
import { fontkitForPdfLib, parseFont } from './fontkit-adapter.ts';
import { allOf, checkGlyphCoverage } from './glyph-coverage.ts';
import type { BuildPdfOptions, BuiltPdf, PdfDocumentSpec, PdfFonts } from './spec.ts';
import { specTexts } from './spec-texts.ts';

/** Characters in `spec` that the fonts cannot print (empty when all can be printed). */
export function findMissingGlyphs(spec: PdfDocumentSpec, fonts: PdfFonts) {
  const weights = fonts.bold ? [fonts.regular, fonts.bold] : [fonts.regular];
  return checkGlyphCoverage(specTexts(spec), allOf(...weights.map(parseFont)));
}

/**
 * Lays out `spec` on A4 pages with the given TrueType font(s) and returns the PDF.
 * Throws MissingGlyphsError before drawing anything the fonts cannot print, and
 * AttachmentError for an attachment that cannot be appended.
 */
export async function buildPdf(
  spec: PdfDocumentSpec,
  fonts: PdfFonts,
  options: BuildPdfOptions = {},
): Promise<BuiltPdf> {
  const missing = findMissingGlyphs(spec, fonts);
  if (missing.length > 0) throw new MissingGlyphsError(missing);
  const generatedAt = options.generatedAt ?? new Date();

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  const flow = startFlow(doc, {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: fonts.bold
      ? await doc.embedFont(fonts.bold, { subset: true })
      : drawnBold(await doc.embedFont(fonts.regular, { subset: true })),
  });
  drawHeader(flow, spec);
  for (const block of spec.blocks) drawBlock(flow, block);
  const formPages = flow.pages.slice();
  const attachmentPages = await appendAttachments(flow, spec.attachments ?? []);

  const hash = await dataHash(spec.data);
  drawFooters(doc, [...formPages, ...attachmentPages], flow.fonts, {
    formName: spec.formName ?? spec.title,
    generatedAt,
    dataHash: hash,
  });
  setMetadata(doc, spec, generatedAt);
  await embedData(doc, spec, generatedAt);
  const bytes = await doc.save();
  return {
    bytes,
    formPages: formPages.length,
    totalPages: doc.getPageCount(),
    dataHash: hash,
    warnings: flow.warnings,
  };
}
