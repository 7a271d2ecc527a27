// What the draft list shows of a draft, stored beside it in the same transaction, so a list of
// hundreds of drafts is read without reading (and decoding) their data or their files.
import type { DraftRecord } from './draft-record.ts';

/** One draft as listed: everything but its data, raw text and files. */
export interface DraftSummary {
  id: string;
  formId: string;
  schemaVersion: number;
  rev: number;
  title: string;
  step: string;
  reached?: string;
  updatedAt: string;
  attachmentCount: number;
  /** Total size of the attached files in bytes. */
  attachmentBytes: number;
  /**
   * Only for a draft with no raw text and no files: a fingerprint of its data, so drafts that
   * may be blank (see blank-drafts.ts) are found without reading every draft.
   */
  dataFingerprint?: string;
}

/** The summary kept for `draft` (its attachments may be stored files or references to them). */
export function summaryOf(
  draft: Omit<DraftRecord, 'attachments'> & { attachments: readonly { size: number }[] },
): DraftSummary {
  const attachments = draft.attachments ?? [];
  const summary: DraftSummary = {
    id: draft.id,
    formId: draft.formId,
    schemaVersion: draft.schemaVersion,
    rev: draft.rev,
    title: draft.title,
    step: draft.step,
    updatedAt: draft.updatedAt,
    attachmentCount: attachments.length,
    attachmentBytes: attachments.reduce((total, a) => total + (a.size ?? 0), 0),
  };
  if (draft.reached) summary.reached = draft.reached;
  if (attachments.length === 0 && Object.keys(draft.raw ?? {}).length === 0) {
    summary.dataFingerprint = fingerprintOf(draft.data);
  }
  return summary;
}

/** A short fingerprint of `data` (its JSON length and FNV-1a hash): equal data, equal print. */
export function fingerprintOf(data: unknown): string {
  const text = JSON.stringify(data) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** Newest first, as every list of drafts is shown. */
export function newestFirst<T extends { updatedAt: string }>(items: T[]): T[] {
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
