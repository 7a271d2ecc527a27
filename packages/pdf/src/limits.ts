// Sizes a PDF to reopen may have, kept apart from pdf-lib so messages can name them cheaply.
export const MEGABYTE = 1024 * 1024;

/** Larger PDFs are refused before parsing (a PDF with scanned attachments stays far below). */
export const MAX_PDF_BYTES = 100 * MEGABYTE;
