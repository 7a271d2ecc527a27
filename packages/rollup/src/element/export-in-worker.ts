// Runs one export in a worker of its own. Where no worker can start (a CSP without worker-src
// 'self', the script served from another origin) or the data cannot be sent, this answers undefined
// and the caller builds the file on the page, as before: slower for the page, but nothing is lost.
// A failure of the export itself rejects, as it would on the page.
import type { RefusedFile } from '../received-claim.ts';
import type { RollupReport } from '../rollup-report.ts';
import type { ExportKind, ExportReply, ExportRequest } from './export-messages.ts';
import { nextTurn } from './next-turn.ts';

/** Claims per message: each copy a few ms, short enough to keep the page responsive. */
const CLAIMS_PER_MESSAGE = 200;

export async function exportInWorker(
  kind: ExportKind,
  report: RollupReport,
  refused: readonly RefusedFile[],
): Promise<Uint8Array | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), {
      type: 'module',
      name: 'koiki-rollup-export',
    });
  } catch {
    return undefined;
  }
  try {
    const replied = new Promise<Uint8Array | undefined>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
        const reply = event.data;
        if ('bytes' in reply) resolve(reply.bytes);
        else reject(new Error('export failed in the worker'));
      });
      // A script that cannot load (blocked, missing) surfaces here, not in the constructor.
      worker.addEventListener('error', () => resolve(undefined));
      worker.addEventListener('messageerror', () => resolve(undefined));
    });
    if (!(await send(worker, kind, report, refused))) return undefined;
    return await replied;
  } finally {
    worker.terminate();
  }
}

/** Posts the report, the page given a turn between messages; false when it cannot be copied. */
async function send(
  worker: Worker,
  kind: ExportKind,
  report: RollupReport,
  refused: readonly RefusedFile[],
): Promise<boolean> {
  const { claims, ...rest } = report;
  try {
    for (let start = 0; start < claims.length; start += CLAIMS_PER_MESSAGE) {
      const request: ExportRequest = { claims: claims.slice(start, start + CLAIMS_PER_MESSAGE) };
      worker.postMessage(request);
      await nextTurn();
    }
    const request: ExportRequest = { build: kind, report: rest, refused };
    worker.postMessage(request);
    return true;
  } catch {
    // Data the structured clone cannot copy (DataCloneError): build it on the page instead.
    return false;
  }
}
