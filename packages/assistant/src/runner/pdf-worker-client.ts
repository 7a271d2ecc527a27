// Builds PDFs in a module worker (pdf-worker.ts): the page sends the claim's data and the worker
// lays it out and builds it. Where no worker can start (a page that serves the script from another
// origin, or a CSP without 'self' for workers), or for a form outside the registry, the PDF is
// laid out and built on the main thread: slower to draw meanwhile, but the user still gets it.
import { type FormModule, findFormEntry } from '@koiki/forms';
import { claimSpec } from './claim-spec.ts';
import {
  type PdfClaim,
  type PdfWorkerReply,
  type PdfWorkerRequest,
  pdfFailureMessage,
} from './pdf-messages.ts';

export type BuiltPdfBytes = { ok: true; bytes: Uint8Array; totalPages: number };
export type PdfResult = BuiltPdfBytes | { ok: false; message: string };

type Pending = (reply: PdfResult | 'no-worker') => void;

let worker: Worker | 'unavailable' | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Asset folders and forms the worker was asked to load already (the review page asks on every render). */
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

/** The worker, for a form it can lay out (one in the registry); undefined to build on the page. */
const workerFor = (formId: string) => (findFormEntry(formId) ? pdfWorker() : undefined);

// Absolute, because the worker resolves URLs against its own script, not the page.
const absolute = (assetsBase: string) => new URL(assetsBase, document.baseURI).href;

async function buildOnMainThread(
  claim: PdfClaim,
  layout: Pick<FormModule, 'pdfDocument'>,
  assetsBase: string,
  generatedAt: Date,
): Promise<PdfResult> {
  try {
    const spec = await claimSpec(layout, claim);
    const { buildPdf, fetchFonts } = await import('@koiki/pdf');
    const built = await buildPdf(spec, await fetchFonts(assetsBase), { generatedAt });
    return { ok: true, bytes: built.bytes, totalPages: built.totalPages };
  } catch (error) {
    return { ok: false, message: pdfFailureMessage(error) };
  }
}

function buildInWorker(
  target: Worker,
  claim: PdfClaim,
  assetsBase: string,
  generatedAt: Date,
): Promise<PdfResult | 'no-worker'> {
  const id = nextId++;
  return new Promise((settle) => {
    pending.set(id, settle);
    const request: PdfWorkerRequest = {
      kind: 'build',
      id,
      claim,
      assetsBase: absolute(assetsBase),
      generatedAt,
    };
    try {
      target.postMessage(request);
    } catch {
      // Data the worker cannot receive (not cloneable): this one PDF is built on the page.
      pending.delete(id);
      settle('no-worker');
    }
  });
}

/**
 * Builds the PDF of `claim` off the main thread when a worker can run, else on it with `layout`
 * (the form module's own `pdfDocument`).
 */
export async function buildPdfOffThread(
  claim: PdfClaim,
  layout: Pick<FormModule, 'pdfDocument'>,
  assetsBase: string,
  generatedAt: Date,
): Promise<PdfResult> {
  const target = workerFor(claim.formId);
  if (target) {
    const result = await buildInWorker(target, claim, assetsBase, generatedAt);
    if (result !== 'no-worker') return result;
  }
  return buildOnMainThread(claim, layout, assetsBase, generatedAt);
}

/**
 * Starts loading the PDF code, the font and the form's layout in the worker, e.g. while the user
 * reads the review page.
 */
export function preparePdfOffThread(assetsBase: string, formId: string): void {
  const url = absolute(assetsBase);
  const key = `${url} ${formId}`;
  if (prepared.has(key)) return;
  prepared.add(key);
  const request: PdfWorkerRequest = { kind: 'prepare', assetsBase: url, formId };
  workerFor(formId)?.postMessage(request);
}
