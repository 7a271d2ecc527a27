// Reads received files off the page's main thread: parsing thousands of PDFs there would hold the
// page up for seconds. Several of these run side by side (read-worker-pool.ts).
import { readClaimFile } from '../index.ts';
import type { ReadReply, ReadRequest } from './read-messages.ts';
import { rollupText } from './rollup-text.ts';

self.addEventListener('message', async (event: MessageEvent<ReadRequest>) => {
  const { job, file, id } = event.data;
  let result: ReadReply['result'];
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = await readClaimFile(file.name, bytes, { id, lastModified: file.lastModified });
  } catch {
    result = { fileName: file.name, message: rollupText.unreadableFile };
  }
  const reply: ReadReply = { job, result };
  self.postMessage(reply);
});
