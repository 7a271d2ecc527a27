// A file as the prefecture received it: either a claim read out of it, or the reason it was refused.

/** Where a claim came from. */
export type ClaimSource = 'pdf' | 'payload' | 'draft';

/** One claim read from one file, as the file states it (not yet migrated nor checked). */
export interface ReceivedClaim {
  /** Unique within one roll-up: the file name, made unique by the caller when names repeat. */
  readonly id: string;
  /** The file name as received. */
  readonly fileName: string;
  readonly source: ClaimSource;
  readonly formId: string;
  /** The schemaVersion the file states (older versions are migrated by checkClaims). */
  readonly schemaVersion: number;
  /** The form data as in the file. */
  readonly data: unknown;
  /** The amounts the file states (the submit payload's `amounts`), to compare with a recomputation. */
  readonly statedAmounts?: unknown;
  /**
   * When the file's content was made, as an ISO date-time (PDF creation date, draft updatedAt) or,
   * failing that, the file's last-modified time: decides which of two duplicates is the newest.
   */
  readonly madeAt?: string;
}

/** A file that holds no usable claim, and why, in Japanese. */
export interface RefusedFile {
  readonly fileName: string;
  /** Specific and actionable, e.g. 「この PDF には入力データが含まれていません。…」. */
  readonly message: string;
}

/** True for the result of a file that was refused. */
export function isRefusedFile(value: ReceivedClaim | RefusedFile): value is RefusedFile {
  return !('formId' in value);
}
