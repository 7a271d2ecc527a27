// Reads the files the user chose or dropped, one after another, giving the page a turn between
// them. A file that cannot be read is refused with its own message; the others go on.
import type { ReadClaimFileOptions } from '../index.ts';
import { isRefusedFile, type ReceivedClaim, type RefusedFile } from '../received-claim.ts';
import { newClaimId } from './claim-id.ts';
import { nextTurn } from './next-turn.ts';
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

async function readOne(file: File, readClaimFile: ReadClaimFile) {
  if (file.size > maxFileBytes)
    return { fileName: file.name, message: rollupText.tooLarge(file.size) };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return await readClaimFile(file.name, bytes, {
      id: newClaimId(),
      lastModified: file.lastModified,
    });
  } catch {
    return { fileName: file.name, message: rollupText.unreadableFile };
  }
}

/** Reads `files` in turn; `onProgress(done, total)` after each. */
export async function readFiles(
  files: readonly File[],
  readClaimFile: ReadClaimFile,
  onProgress: (done: number, total: number) => void,
): Promise<ReadResult> {
  const result: ReadResult = { claims: [], refused: [] };
  for (const [index, file] of files.entries()) {
    const read = await readOne(file, readClaimFile);
    if (isRefusedFile(read)) result.refused.push(read);
    else result.claims.push(read);
    onProgress(index + 1, files.length);
    await nextTurn();
  }
  return result;
}
