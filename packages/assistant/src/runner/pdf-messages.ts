// What the page and the PDF worker say to each other (pdf-worker.ts, pdf-worker-client.ts). The
// page sends data only: the worker loads the form's layout through the registry and lays it out.
import type { SubmitPayload } from '@koiki/engine';
import type { ClaimResult } from '@koiki/schemas';

/** A claim to print: which form, its payload, the 申請日 and the user's files (read in the worker). */
export interface PdfClaim {
  formId: string;
  payload: SubmitPayload<unknown, ClaimResult>;
  /** The day the PDF is made, in Asia/Tokyo (ISO date). */
  submitDate: string;
  attachments: { name: string; file: Blob }[];
}

export type PdfWorkerRequest =
  | { kind: 'prepare'; assetsBase: string; formId: string }
  | { kind: 'build'; id: number; claim: PdfClaim; assetsBase: string; generatedAt: Date };

export type PdfWorkerReply =
  | { id: number; ok: true; bytes: Uint8Array; totalPages: number }
  | { id: number; ok: false; message: string };

/** The Japanese message for a PDF that could not be built: the characters to change, or why. */
export function pdfFailureMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'MissingGlyphsError') return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `PDF を作成できませんでした。${detail}`;
}
