// Builds the PDF of an example claim the way the assistant does: session → payload (checked by
// the schema) → pdfDocument → buildPdf; and reads its text back as a person would see it.
import { execFileSync } from 'node:child_process';
import { createSession, type DraftData } from '@koiki/engine';
import type { FormModule } from '@koiki/forms';
import { type BuiltPdf, buildPdf, type PdfAttachment } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { withPdfFile } from '../pdf/pdf-tools.ts';

export const GENERATED_AT = new Date('2026-11-20T01:00:00Z');
export const SUBMIT_DATE = '2026-11-20';

export async function examplePdf<Data>(
  module: FormModule<Data>,
  data: DraftData<Data>,
  attachments: PdfAttachment[] = [],
): Promise<BuiltPdf> {
  const payload = createSession(module.definition, { data }).submitPayload();
  const checked = module.definition.schema.safeParse(payload.data);
  if (!checked.success) {
    throw new Error(`例が schema を通りません: ${JSON.stringify(checked.error.issues)}`);
  }
  const spec = await module.pdfDocument({
    payload: { ...payload, data: checked.data },
    submitDate: SUBMIT_DATE,
    attachments,
  });
  return buildPdf(spec, await loadNodeFonts(), { generatedAt: GENERATED_AT });
}

/** The PDF's text in layout order (pdftotext), pages separated by form feeds. */
export const pdfText = (bytes: Uint8Array): string =>
  withPdfFile(bytes, (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );

/** pdftotext may put spaces between the characters of one table cell. */
export function loose(text: string): RegExp {
  const escapeChar = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(text.split('').map(escapeChar).join('\\s*'));
}
