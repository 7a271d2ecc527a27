export type { DraftAttachment, DraftRecord } from './draft-record.ts';
export { type DraftStore, openDraftStore, RevisionConflict } from './draft-store.ts';
