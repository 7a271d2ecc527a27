// What the UI shows about saving. 'unavailable', 'full' and 'failed' mean the work lives
// only in memory for now: the UI shows `message` and offers to export the draft as a file.
import { messages } from './messages.ts';

export type StorageStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; rev: number; savedAt: string }
  | { state: 'unavailable' | 'full' | 'failed' | 'conflict'; message: string };

/** The status after a save failed with `error` (anything but a revision conflict). */
export function statusOfError(error: unknown): StorageStatus {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return { state: 'full', message: messages.storageFull };
  // Its message says why: refused, or held by another tab (read by name: no import of the store).
  if (name === 'StorageUnavailable') {
    return { state: 'unavailable', message: (error as Error).message };
  }
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return { state: 'unavailable', message: messages.storageUnavailable };
  }
  return { state: 'failed', message: messages.saveFailed };
}
