// The claim's PDF, built only when asked for. The layout runs in a worker (pdf-worker-client.ts),
// which also loads pdf-lib and the font, so none of it is in the page's bundle or
// blocks the page while a PDF is made.
import type { FormModule } from '@koiki/forms';
import { tokyoDate } from '@koiki/schemas';
import type { AttachedFile } from './field-view.ts';
import { buildPdfOffThread, preparePdfOffThread } from './pdf-worker-client.ts';

export type ClaimPdf = { ok: true; blob: Blob; pages: number } | { ok: false; message: string };

export async function buildClaimPdf(
  module: FormModule,
  payload: Parameters<FormModule['pdfDocument']>[0]['payload'],
  files: readonly AttachedFile[],
  assetsBase: string,
): Promise<ClaimPdf> {
  // The worker fetches the code and font while the form's layout and the attachments are read.
  preparePdfOffThread(assetsBase);
  try {
    const attachments = await Promise.all(
      files.map(async ({ attachment }) => ({
        name: attachment.name,
        bytes: new Uint8Array(await attachment.file.arrayBuffer()),
      })),
    );
    const spec = await module.pdfDocument({ payload, submitDate: tokyoDate(), attachments });
    const built = await buildPdfOffThread(spec, assetsBase, new Date());
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

/** Warms up the PDF code and fonts while the user reads the review page, so 「PDF を作成」 is quick. */
export function warmUpPdf(assetsBase: string): void {
  preparePdfOffThread(assetsBase);
}
