// Builds the 取りまとめ表 (.xlsx or CSV) off the page's main thread: for 2,000 claims SheetJS holds
// the thread for most of a second, and the page would freeze meanwhile (export-in-worker.ts).
// One worker per export: it gathers the claims sent, builds once, and is ended.
import { rollupToCsv, rollupToXlsx } from '../index.ts';
import type { CheckedClaim } from '../rollup-report.ts';
import type { ExportReply, ExportRequest } from './export-messages.ts';

const claims: CheckedClaim[] = [];

self.addEventListener('message', async (event: MessageEvent<ExportRequest>) => {
  const request = event.data;
  if ('claims' in request) {
    claims.push(...request.claims);
    return;
  }
  try {
    const build = request.build === 'xlsx' ? rollupToXlsx : rollupToCsv;
    const bytes = await build({ ...request.report, claims }, request.refused);
    const reply: ExportReply = { bytes };
    self.postMessage(reply, { transfer: [bytes.buffer] });
  } catch {
    const reply: ExportReply = { failed: true };
    self.postMessage(reply);
  }
});
