// Reads back the data a PDF made by buildPdf carries, to reopen it as a draft. The file may
// come from anywhere, so its size, the embedded JSON's size and nesting, and the envelope's
// shape are checked before the data reaches the caller.
import {
  decodePDFRawStream,
  ParseSpeeds,
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
import { MAX_PDF_BYTES, MEGABYTE } from './limits.ts';
import type { EmbeddedPdfData } from './spec.ts';

const PDF_MAGIC = '%PDF-';
/** The embedded data is a claim's answers: a few kB; a stream inflating past this is refused. */
const MAX_DATA_BYTES = 10 * MEGABYTE;
/** Deeper JSON nesting is refused before parsing (the forms' data nests a handful of levels). */
const MAX_DATA_DEPTH = 64;

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

/** Decoded a block at a time: asking for the whole limit at once makes pdf-lib allocate it (16 MB). */
const DECODE_BLOCK_BYTES = 64 * 1024;

/** The file's bytes, decoding no further than one block past the limit (a Flate bomb stops there). */
function fileContents(fileSpec: PDFDict): Uint8Array {
  const stream = fileSpec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) throw new Error('embedded file has no stream');
  const decoded = decodePDFRawStream(stream);
  const blocks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // A copy: the decoder reuses and grows its buffer.
    const block = new Uint8Array(decoded.getBytes(DECODE_BLOCK_BYTES));
    if (block.length === 0) break;
    total += block.length;
    if (total > MAX_DATA_BYTES) throw new Error('embedded data is too large');
    blocks.push(block);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const block of blocks) {
    bytes.set(block, offset);
    offset += block.length;
  }
  return bytes;
}

/** The deepest nesting of objects and arrays in JSON text, string contents skipped. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

// Keys that could reach an object's prototype once the data is merged or copied elsewhere.
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

function isEnvelope(value: unknown): value is EmbeddedPdfData {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false;
  const { formId, schemaVersion } = value as Record<string, unknown>;
  const version = Number(schemaVersion);
  return (
    typeof formId === 'string' &&
    /^[a-z0-9-]{1,64}$/.test(formId) &&
    (typeof schemaVersion === 'number' || typeof schemaVersion === 'string') &&
    Number.isSafeInteger(version) &&
    version >= 1
  );
}

function parseEnvelope(contents: Uint8Array): EmbeddedPdfData {
  const text = new TextDecoder().decode(contents);
  if (jsonDepth(text) > MAX_DATA_DEPTH) throw new Error('embedded JSON nests too deep');
  const parsed: unknown = JSON.parse(text, (key, value) =>
    unsafeKeys.has(key) ? undefined : value,
  );
  if (!isEnvelope(parsed)) throw new Error('embedded JSON is not a Koiki Forms envelope');
  return parsed;
}

/** How to read a PDF's data. */
export interface ReadPdfDataOptions {
  /**
   * Parse in one go instead of yielding to the event loop every few objects: about twice as fast,
   * for a caller that reads many small PDFs and yields between files itself (the roll-up).
   */
  inOneGo?: boolean;
}

/** The embedded data and the PDF's creation date (which of two copies of a claim is newer). */
export interface PdfDataAndDate {
  embedded: EmbeddedPdfData;
  createdAt: Date | undefined;
}

/** The form id, schema version and data embedded in a PDF made by buildPdf. */
export async function readPdfData(bytes: Uint8Array): Promise<EmbeddedPdfData> {
  return (await readPdfDataAndDate(bytes)).embedded;
}

/** The data embedded in a PDF made by buildPdf, and when the PDF was made. */
export async function readPdfDataAndDate(
  bytes: Uint8Array,
  options: ReadPdfDataOptions = {},
): Promise<PdfDataAndDate> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfDataError('too-large');
  if (!looksLikePdf(bytes)) throw new PdfDataError('not-pdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      updateMetadata: false,
      ignoreEncryption: true,
      ...(options.inOneGo ? { parseSpeed: ParseSpeeds.Fastest } : {}),
    });
  } catch (cause) {
    throw new PdfDataError('corrupt', { cause });
  }
  let file: [string, PDFDict] | undefined;
  try {
    file = embeddedFiles(doc).find(([name]) => name === DATA_FILE_NAME);
  } catch (cause) {
    throw new PdfDataError('corrupt', { cause });
  }
  if (!file) throw new PdfDataError('no-data');
  let embedded: EmbeddedPdfData;
  try {
    embedded = parseEnvelope(fileContents(file[1]));
  } catch (cause) {
    throw new PdfDataError('corrupt', { cause });
  }
  return { embedded, createdAt: creationDate(doc) };
}

/** The document's CreationDate; undefined when missing or unreadable (a date is only a hint). */
function creationDate(doc: PDFDocument): Date | undefined {
  try {
    const date = doc.getCreationDate();
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}
