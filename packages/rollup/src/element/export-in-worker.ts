// Runs one export in a worker of its own. Where no worker can start (a CSP without worker-src
// 'self', the script served from another origin) or the data cannot be sent, this answers undefined
// and the caller builds the file on the page, as before: slower for the page, but nothing is lost.
// A failure of the export itself rejects, as it would on the page.
import type { RefusedFile } from '../received-claim.ts';
import type { RollupReport } from '../rollup-report.ts';
import type { ExportKind, ExportReply, ExportRequest } from './export-messages.ts';

export function exportInWorker(
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
    return Promise.resolve(undefined);
  }
  return new Promise<Uint8Array | undefined>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if ('bytes' in reply) resolve(reply.bytes);
      else reject(new Error('export failed in the worker'));
    });
    // A script that cannot load (blocked, missing) surfaces here, not in the constructor.
    worker.addEventListener('error', () => resolve(undefined));
    worker.addEventListener('messageerror', () => resolve(undefined));
    try {
      const request: ExportRequest = { kind, report, refused };
      worker.postMessage(request);
    } catch {
      // Data the structured clone cannot copy: build it on the page instead.
      resolve(undefined);
    }
  }).finally(() => worker.terminate());
}
