// A received claim as the roll-up keeps it in IndexedDB: the claim read from the file, and its
// place in the order received. A record that does not have this shape (written by another
// version, or damaged) is skipped, never shown half-read.
import type { ClaimSource, ReceivedClaim } from '../received-claim.ts';

export interface StoredClaim extends ReceivedClaim {
  /** Position in the order received; a replacement keeps the position of the claim it replaced. */
  readonly seq: number;
}

const sources: readonly ClaimSource[] = ['pdf', 'payload', 'draft'];

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** True when `value` is a record this store can hand to the roll-up as it is. */
export function isStoredClaim(value: unknown): value is StoredClaim {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    isText(record.id) &&
    isText(record.fileName) &&
    isText(record.formId) &&
    sources.includes(record.source as ClaimSource) &&
    Number.isSafeInteger(record.schemaVersion) &&
    Number.isFinite(record.seq) &&
    'data' in record &&
    (record.madeAt === undefined || typeof record.madeAt === 'string')
  );
}
