// The PDF is laid out and compressed here, off the page's main thread: the page keeps drawing
// (the 「作成しています…」 state stays animated) and keeps taking keys while a PDF is built.
// The font is fetched here too, in parallel with the PDF code, and kept in Cache Storage.
import { buildPdf, fetchFonts, preparePdf } from '@koiki/pdf';
import { type PdfWorkerReply, type PdfWorkerRequest, pdfFailureMessage } from './pdf-messages.ts';

const reply = (message: PdfWorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.addEventListener('message', async (event: MessageEvent<PdfWorkerRequest>) => {
  const request = event.data;
  // Code and font load in parallel; both are cached, so building after this waits for neither twice.
  const preparing = preparePdf(request.assetsBase);
  if (request.kind === 'prepare') return;
  try {
    await preparing;
    const fonts = await fetchFonts(request.assetsBase);
    const built = await buildPdf(request.spec, fonts, { generatedAt: request.generatedAt });
    reply({ id: request.id, ok: true, bytes: built.bytes, totalPages: built.totalPages }, [
      built.bytes.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    reply({ id: request.id, ok: false, message: pdfFailureMessage(error) });
  }
});
