// A draft before its first save. Apart from the other draft actions, which load only when used.
import type { DraftRecord } from './draft-record.ts';

/** A fresh, unsaved draft (rev 0); the first save stores it as rev 1. */
export function newDraft(
  fields: Pick<DraftRecord, 'formId' | 'schemaVersion' | 'data' | 'step' | 'title'> &
    Partial<Pick<DraftRecord, 'raw' | 'attachments'>>,
): DraftRecord {
  return {
    raw: {},
    attachments: [],
    ...fields,
    id: crypto.randomUUID(),
    rev: 0,
    updatedAt: '',
  };
}
