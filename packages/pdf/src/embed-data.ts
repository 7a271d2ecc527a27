// Document metadata, and the form's data as a JSON file inside the PDF so it can be reopened.
import { AFRelationship, type PDFDocument } from 'pdf-lib';
import type { EmbeddedPdfData, PdfDocumentSpec } from './spec.ts';

export const DATA_FILE_NAME = 'koiki-data.json';
export const CREATOR = 'Koiki Forms';
export const PRODUCER = 'Koiki Forms (pdf-lib)';

export function setMetadata(doc: PDFDocument, spec: PdfDocumentSpec, generatedAt: Date): void {
  doc.setTitle(spec.title, { showInWindowTitleBar: true });
  doc.setAuthor(spec.meta.author);
  if (spec.meta.subject) doc.setSubject(spec.meta.subject);
  if (spec.meta.keywords?.length) doc.setKeywords(spec.meta.keywords);
  doc.setLanguage('ja-JP');
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(generatedAt);
  doc.setModificationDate(generatedAt);
}

/** The JSON that readPdfData gives back: which form, which schema version, and the data. */
export function dataEnvelope(spec: PdfDocumentSpec): EmbeddedPdfData {
  return { formId: spec.formId, schemaVersion: spec.schemaVersion, data: spec.data ?? null };
}

export async function embedData(
  doc: PDFDocument,
  spec: PdfDocumentSpec,
  generatedAt: Date,
): Promise<void> {
  const json = JSON.stringify(dataEnvelope(spec), null, 2);
  await doc.attach(new TextEncoder().encode(json), DATA_FILE_NAME, {
    mimeType: 'application/json',
    description: `${spec.title} の入力データ（このツールで開くと続きから編集できます）`,
    creationDate: generatedAt,
    modificationDate: generatedAt,
    afRelationship: AFRelationship.Data,
  });
}
