// Builds PDFs in a module worker (pdf-worker.ts). Where no worker can start (a page that serves
// the script from another origin, or a CSP without 'self' for workers), the PDF is built on the
// main thread as before: slower to draw meanwhile, but the user still gets it.
import type { PdfDocumentSpec } from '@koiki/pdf';
import { type PdfWorkerReply, type PdfWorkerRequest, pdfFailureMessage } from './pdf-messages.ts';

export type BuiltPdfBytes = { ok: true; bytes: Uint8Array; totalPages: number };
export type PdfResult = BuiltPdfBytes | { ok: false; message: string };

type Pending = (reply: PdfResult | 'no-worker') => void;

let worker: Worker | 'unavailable' | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Asset folders the worker was asked to load already (the review page asks on every render). */
const prepared = new Set<string>();

function giveUpOnWorker(): void {
  worker = 'unavailable';
  for (const settle of pending.values()) settle('no-worker');
  pending.clear();
}

function pdfWorker(): Worker | undefined {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), {
        type: 'module',
        name: 'koiki-pdf',
      });
      worker.addEventListener('message', (event: MessageEvent<PdfWorkerReply>) => {
        const { id, ...result } = event.data;
        pending.get(id)?.(result);
        pending.delete(id);
      });
      // A script that cannot load (blocked, missing) surfaces here, not in the constructor.
      worker.addEventListener('error', giveUpOnWorker);
    } catch {
      worker = 'unavailable';
    }
  }
  return worker === 'unavailable' ? undefined : worker;
}

// Absolute, because the worker resolves URLs against its own script, not the page.
const absolute = (assetsBase: string) => new URL(assetsBase, document.baseURI).href;

async function buildOnMainThread(
  spec: PdfDocumentSpec,
  assetsBase: string,
  generatedAt: Date,
): Promise<PdfResult> {
  try {
    const { buildPdf, fetchFonts } = await import('@koiki/pdf');
    const built = await buildPdf(spec, await fetchFonts(assetsBase), { generatedAt });
    return { ok: true, bytes: built.bytes, totalPages: built.totalPages };
  } catch (error) {
    return { ok: false, message: pdfFailureMessage(error) };
  }
}

/** Builds the PDF of `spec` off the main thread when a worker can run, else on it. */
export async function buildPdfOffThread(
  spec: PdfDocumentSpec,
  assetsBase: string,
  generatedAt: Date,
): Promise<PdfResult> {
  const target = pdfWorker();
  if (target) {
    const id = nextId++;
    const result = await new Promise<PdfResult | 'no-worker'>((settle) => {
      pending.set(id, settle);
      const request: PdfWorkerRequest = {
        kind: 'build',
        id,
        spec,
        assetsBase: absolute(assetsBase),
        generatedAt,
      };
      target.postMessage(request);
    });
    if (result !== 'no-worker') return result;
  }
  return buildOnMainThread(spec, assetsBase, generatedAt);
}

/** Starts loading the PDF code and font in the worker, e.g. while the user reads the review page. */
export function preparePdfOffThread(assetsBase: string): void {
  const url = absolute(assetsBase);
  if (prepared.has(url)) return;
  prepared.add(url);
  const request: PdfWorkerRequest = { kind: 'prepare', assetsBase: url };
  pdfWorker()?.postMessage(request);
}
