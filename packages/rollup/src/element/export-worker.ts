// Builds the 取りまとめ表 (.xlsx or CSV) off the page's main thread: for 2,000 claims SheetJS holds
// the thread for most of a second, and the page would freeze meanwhile (export-in-worker.ts).
import { rollupToCsv, rollupToXlsx } from '../index.ts';
import type { ExportReply, ExportRequest } from './export-messages.ts';

self.addEventListener('message', async (event: MessageEvent<ExportRequest>) => {
  const { kind, report, refused } = event.data;
  try {
    const build = kind === 'xlsx' ? rollupToXlsx : rollupToCsv;
    const bytes = await build(report, refused);
    const reply: ExportReply = { bytes };
    self.postMessage(reply, { transfer: [bytes.buffer] });
  } catch {
    const reply: ExportReply = { failed: true };
    self.postMessage(reply);
  }
});
