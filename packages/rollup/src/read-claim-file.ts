import type { ReadClaimFileOptions } from './index.ts';
import type { ReceivedClaim, RefusedFile } from './received-claim.ts';

export async function readClaimFile(
  fileName: string,
  _bytes: Uint8Array,
  _options: ReadClaimFileOptions,
): Promise<ReceivedClaim | RefusedFile> {
  return { fileName, message: 'まだ読み込めません。' };
}
