// What one form folder exports: its definition for the engine, its PDF, and how a new fiscal
// year's draft is made from last year's. The assistant knows forms only through this.
import type { FormDefinition, SubmitPayload } from '@koiki/engine';
import type { PdfAttachment, PdfDocumentSpec } from '@koiki/pdf';
import type { ClaimResult } from '@koiki/schemas';

export interface PdfContext<Data> {
  /** Visible data, amounts and ids, as submitted. */
  payload: SubmitPayload<Data>;
  /** The day the PDF is made, in Asia/Tokyo (ISO date): the 申請日 when the form leaves it out. */
  submitDate: string;
  /** The user's attached files, in the order of the attachment checklist. */
  attachments: PdfAttachment[];
}

export interface FormModule<Data = unknown> {
  definition: FormDefinition<Data> & { calculate: (data: Data) => ClaimResult };
  /** The 申請書 and 算定調書 as a document for @koiki/pdf. */
  pdfDocument(context: PdfContext<Data>): Promise<PdfDocumentSpec>;
  /** Loads what the definition's synchronous parts need (e.g. 団体 names for titles); awaited before the form opens. */
  prepare?(): Promise<void>;
  /** For 「前年度の申請から作成」: where the fiscal year is, and which amounts must not carry over. */
  nextFiscalYear: { fiscalYearPaths: string[]; clearPaths: string[] };
}
