// The claim's PDF, built in the browser only when asked for: @koiki/pdf loads pdf-lib and the
// fonts lazily, so none of it is in the initial bundle.
import type { FormModule } from '@koiki/forms';
import { buildPdf, fetchFonts, MissingGlyphsError, preparePdf } from '@koiki/pdf';
import { tokyoDate } from '@koiki/schemas';
import type { AttachedFile } from './field-view.ts';

export type ClaimPdf = { ok: true; blob: Blob; pages: number } | { ok: false; message: string };

export async function buildClaimPdf(
  module: FormModule,
  payload: Parameters<FormModule['pdfDocument']>[0]['payload'],
  files: readonly AttachedFile[],
  assetsBase: string,
): Promise<ClaimPdf> {
  try {
    const attachments = await Promise.all(
      files.map(async ({ attachment }) => ({
        name: attachment.name,
        bytes: new Uint8Array(await attachment.file.arrayBuffer()),
      })),
    );
    const spec = await module.pdfDocument({ payload, submitDate: tokyoDate(), attachments });
    const fonts = await fetchFonts(assetsBase);
    const built = await buildPdf(spec, fonts, { generatedAt: new Date() });
    return {
      ok: true,
      blob: new Blob([built.bytes as BlobPart], { type: 'application/pdf' }),
      pages: built.totalPages,
    };
  } catch (error) {
    if (error instanceof MissingGlyphsError) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `PDF を作成できませんでした。${detail}` };
  }
}

/** Warms up the PDF code and fonts while the user reads the review page, so 「PDF を作成」 is quick. */
export function warmUpPdf(assetsBase: string): void {
  void preparePdf(assetsBase);
}
