// Builds the PDF of an example claim the way the assistant does: session → payload → pdfDocument → buildPdf.
import { createSession } from '@koiki/engine';
import { type BuiltPdf, buildPdf, type PdfAttachment } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import type { Consolidation } from '@koiki/schemas';
import { consolidationClaim } from '../../../forms/consolidation-claim/index.ts';

export const GENERATED_AT = new Date('2027-11-20T01:00:00Z');
export const SUBMIT_DATE = '2027-11-20';

export async function examplePdf(
  data: Consolidation,
  attachments: PdfAttachment[] = [],
): Promise<BuiltPdf> {
  const payload = createSession(consolidationClaim.definition, { data }).submitPayload();
  const spec = await consolidationClaim.pdfDocument({
    payload,
    submitDate: SUBMIT_DATE,
    attachments,
  });
  return buildPdf(spec, await loadNodeFonts(), { generatedAt: GENERATED_AT });
}
