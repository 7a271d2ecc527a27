// Reads the files the user chose or dropped: in reading workers, a few at a time, when workers can
// run, else one after another on the page with a turn for the page between them. A file that
// cannot be read is refused with its own message; the others go on. Results keep the files' order.
import type { ReadClaimFileOptions } from '../index.ts';
import { isRefusedFile, type ReceivedClaim, type RefusedFile } from '../received-claim.ts';
import { newClaimId } from './claim-id.ts';
import { nextTurn } from './next-turn.ts';
import type { ReaderPool } from './read-worker-pool.ts';
import { rollupText } from './rollup-text.ts';

/** Larger files are refused before their bytes are read (a PDF of a claim is well under 5 MB). */
export const maxFileBytes = 30 * 1024 * 1024;

export interface ReadResult {
  claims: ReceivedClaim[];
  refused: RefusedFile[];
}

type ReadClaimFile = (
  fileName: string,
  bytes: Uint8Array,
  options: ReadClaimFileOptions,
) => Promise<ReceivedClaim | RefusedFile>;

async function readOnPage(file: File, id: string, readClaimFile: ReadClaimFile) {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return await readClaimFile(file.name, bytes, { id, lastModified: file.lastModified });
  } catch {
    return { fileName: file.name, message: rollupText.unreadableFile };
  } finally {
    await nextTurn();
  }
}

async function readOne(
  file: File,
  readClaimFile: ReadClaimFile,
  pool: ReaderPool | undefined,
): Promise<ReceivedClaim | RefusedFile> {
  if (file.size > maxFileBytes)
    return { fileName: file.name, message: rollupText.tooLarge(file.size) };
  const id = newClaimId();
  return (await pool?.read(file, id)) ?? readOnPage(file, id, readClaimFile);
}

/** Reads `files` (`pool.size` at a time with a pool); `onProgress(done, total)` after each. */
export async function readFiles(
  files: readonly File[],
  readClaimFile: ReadClaimFile,
  onProgress: (done: number, total: number) => void,
  pool?: ReaderPool,
): Promise<ReadResult> {
  const results: (ReceivedClaim | RefusedFile)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await readOne(files[index]!, readClaimFile, pool);
      onProgress(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: pool?.size ?? 1 }, lane));
  return {
    claims: results.filter((r): r is ReceivedClaim => !isRefusedFile(r)),
    refused: results.filter(isRefusedFile),
  };
}
