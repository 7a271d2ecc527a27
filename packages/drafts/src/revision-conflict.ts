// The refusal of a save based on an older revision. A file of its own so that autosave can tell
// it apart without loading the IndexedDB store's code (the store loads after a form's first step).
import type { DraftRecord } from './draft-record.ts';
import { messages } from './messages.ts';

/** Thrown when a save was based on an older revision than the one stored (e.g. another tab saved). */
export class RevisionConflict extends Error {
  constructor(
    readonly stored: DraftRecord,
    readonly attemptedRev: number,
  ) {
    super(messages.revisionConflict(stored.rev, attemptedRev));
    this.name = 'RevisionConflict';
  }
}
