// Reads back the data a PDF made by buildPdf carries, to reopen it as a draft.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { DATA_FILE_NAME } from './embed-data.ts';
import { PdfDataError } from './errors.ts';
import type { EmbeddedPdfData } from './spec.ts';

const PDF_MAGIC = '%PDF-';

function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (PDF 1.7, 7.5.2 note).
  return String.fromCharCode(...bytes.subarray(0, 1024)).includes(PDF_MAGIC);
}

const textOf = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The embedded files of a document as [name, file spec] pairs (flat name tree, as pdf-lib writes it). */
function embeddedFiles(doc: PDFDocument): [string, PDFDict][] {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const files = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = files?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return [];
  const pairs: [string, PDFDict][] = [];
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = textOf(list.lookup(i));
    const spec = list.lookup(i + 1);
    if (name !== undefined && spec instanceof PDFDict) pairs.push([name, spec]);
  }
  return pairs;
}

function fileContents(fileSpec: PDFDict): Uint8Array | undefined {
  const stream = fileSpec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined;
}

function isEnvelope(value: unknown): value is EmbeddedPdfData {
  return typeof value === 'object' && value !== null && 'formId' in value && 'data' in value;
}

/** The form id, schema version and data embedded in a PDF made by buildPdf. */
export async function readPdfData(bytes: Uint8Array): Promise<EmbeddedPdfData> {
  if (!looksLikePdf(bytes)) throw new PdfDataError('not-pdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (cause) {
    throw new PdfDataError('corrupt', { cause });
  }
  const file = embeddedFiles(doc).find(([name]) => name === DATA_FILE_NAME);
  if (!file) throw new PdfDataError('no-data');
  try {
    const contents = fileContents(file[1]);
    if (!contents) throw new Error('embedded file has no stream');
    const parsed: unknown = JSON.parse(new TextDecoder().decode(contents));
    if (!isEnvelope(parsed)) throw new Error('embedded JSON is not a Koiki Forms envelope');
    return parsed;
  } catch (cause) {
    throw new PdfDataError('corrupt', { cause });
  }
}
