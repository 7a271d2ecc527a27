// A claim laid out as a document spec by its form's layout, the attached files read as bytes: the
// same steps in the PDF worker and, where no worker can start, on the page.
import type { FormModule } from '@koiki/forms';
import type { PdfDocumentSpec } from '@koiki/pdf';
import type { PdfClaim } from './pdf-messages.ts';

export async function claimSpec(
  layout: Pick<FormModule, 'pdfDocument'>,
  claim: PdfClaim,
): Promise<PdfDocumentSpec> {
  const attachments = await Promise.all(
    claim.attachments.map(async ({ name, file }) => ({
      name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
  return layout.pdfDocument({ payload: claim.payload, submitDate: claim.submitDate, attachments });
}
