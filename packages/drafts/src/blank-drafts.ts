// Drafts that hold nothing the user typed. Earlier versions stored one each time a form was
// opened or reloaded; the list removes them so only real work is shown.
import type { DraftRecord } from './draft-record.ts';
import type { DraftStore } from './draft-store.ts';
import { type DraftSummary, fingerprintOf } from './draft-summary.ts';

/** True when `draft` has no raw text, no attachments and data equal to one of `blanks`. */
export function isBlankDraft(draft: DraftRecord, blanks: readonly unknown[]): boolean {
  if (Object.keys(draft.raw ?? {}).length > 0 || (draft.attachments ?? []).length > 0) return false;
  const data = JSON.stringify(draft.data);
  return blanks.some((blank) => JSON.stringify(blank) === data);
}

/**
 * Removes `formId`'s blank drafts (see `isBlankDraft`) except `keepId` (the one open now);
 * resolves with the summaries of the drafts kept. Only a draft whose summary has the
 * fingerprint of a blank is read whole, to be sure before it is removed.
 */
export async function removeBlankDrafts(
  store: DraftStore,
  formId: string,
  blanks: readonly unknown[],
  keepId?: string,
): Promise<DraftSummary[]> {
  const blankPrints = new Set(blanks.map(fingerprintOf));
  const kept: DraftSummary[] = [];
  for (const summary of await store.summaries(formId)) {
    const maybeBlank =
      summary.id !== keepId &&
      summary.dataFingerprint !== undefined &&
      blankPrints.has(summary.dataFingerprint);
    const draft = maybeBlank ? await store.get(summary.id) : undefined;
    if (draft && isBlankDraft(draft, blanks)) await store.remove(draft.id);
    else kept.push(summary);
  }
  return kept;
}
