// The PDF is laid out and built here, off the page's main thread: the page keeps drawing (the
// 「作成しています…」 state stays animated) and keeps taking keys while a PDF is built. The page
// sends data only; the form's layout comes from the registry (its PDF layout alone, not the
// form's questions). The PDF code, the font and the layout load in parallel and stay cached.
import { findFormEntry } from '@koiki/forms';
import { buildPdf, fetchFonts, preparePdf } from '@koiki/pdf';
import { loadDantaiList } from '@koiki/schemas';
import { claimSpec } from './claim-spec.ts';
import { type PdfWorkerReply, type PdfWorkerRequest, pdfFailureMessage } from './pdf-messages.ts';

const reply = (message: PdfWorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

function formLayout(formId: string) {
  const entry = findFormEntry(formId);
  if (!entry) return Promise.reject(new Error(`様式「${formId}」は登録されていません。`));
  return entry.pdfLayout();
}

self.addEventListener('message', async (event: MessageEvent<PdfWorkerRequest>) => {
  const request = event.data;
  const preparing = preparePdf(request.assetsBase);
  if (request.kind === 'prepare') {
    // A failure here is reported when the PDF is really built. The layouts name 団体 from the
    // reference list: fetched now beside the layout rather than after it.
    formLayout(request.formId).catch(() => undefined);
    loadDantaiList().catch(() => undefined);
    return;
  }
  try {
    // The claim is laid out while the PDF code and the font may still be arriving.
    const spec = await claimSpec(await formLayout(request.claim.formId), request.claim);
    await preparing;
    const fonts = await fetchFonts(request.assetsBase);
    const built = await buildPdf(spec, fonts, { generatedAt: request.generatedAt });
    reply({ id: request.id, ok: true, bytes: built.bytes, totalPages: built.totalPages }, [
      built.bytes.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    reply({ id: request.id, ok: false, message: pdfFailureMessage(error) });
  }
});
