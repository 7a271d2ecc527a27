// The claim's PDF, built only when asked for. The page hands the claim's data to a worker
// (pdf-worker-client.ts), which lays it out with the form's layout and builds it with pdf-lib and
// the font, so none of it is in the page's bundle or blocks the page while a PDF is made.
import type { FormOutlineModule } from '@koiki/forms';
import { tokyoDate } from '@koiki/schemas';
import type { AttachedFile } from './field-view.ts';
import type { PdfClaim } from './pdf-messages.ts';
import { buildPdfOffThread, preparePdfOffThread } from './pdf-worker-client.ts';

export type ClaimPdf = { ok: true; blob: Blob; pages: number } | { ok: false; message: string };

export async function buildClaimPdf(
  module: FormOutlineModule,
  payload: PdfClaim['payload'],
  files: readonly AttachedFile[],
  assetsBase: string,
): Promise<ClaimPdf> {
  const claim: PdfClaim = {
    formId: module.definition.id,
    payload,
    submitDate: tokyoDate(),
    // The files go as they are (a Blob is handed over, not copied); the worker reads them.
    attachments: files.map(({ attachment }) => ({ name: attachment.name, file: attachment.file })),
  };
  try {
    const built = await buildPdfOffThread(claim, module, assetsBase, new Date());
    if (!built.ok) return built;
    return {
      ok: true,
      blob: new Blob([built.bytes as BlobPart], { type: 'application/pdf' }),
      pages: built.totalPages,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `PDF を作成できませんでした。${detail}` };
  }
}

/** Warms up the PDF code, font and the form's layout while the user reads the review page, so 「PDF を作成」 is quick. */
export function warmUpPdf(module: FormOutlineModule, assetsBase: string): void {
  preparePdfOffThread(assetsBase, module.definition.id);
}
