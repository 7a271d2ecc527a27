// What the page and the PDF worker say to each other (pdf-worker.ts, pdf-worker-client.ts).
import type { PdfDocumentSpec } from '@koiki/pdf';

export type PdfWorkerRequest =
  | { kind: 'prepare'; assetsBase: string }
  | { kind: 'build'; id: number; spec: PdfDocumentSpec; assetsBase: string; generatedAt: Date };

export type PdfWorkerReply =
  | { id: number; ok: true; bytes: Uint8Array; totalPages: number }
  | { id: number; ok: false; message: string };

/** The Japanese message for a PDF that could not be built: the characters to change, or why. */
export function pdfFailureMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'MissingGlyphsError') return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `PDF を作成できませんでした。${detail}`;
}
