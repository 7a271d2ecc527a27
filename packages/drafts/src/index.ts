// @koiki/drafts: drafts in IndexedDB that never lose work. Form-agnostic.

export { draftMessages } from './all-messages.ts';
export {
  AutosaveController,
  type AutosaveEvent,
  type AutosaveOptions,
  type AutosaveSource,
  type DraftConflict,
  type DraftSnapshot,
  startAutosave,
} from './autosave.ts';
export { isBlankDraft, removeBlankDrafts } from './blank-drafts.ts';
export {
  copyForNextFiscalYear,
  createFromPreviousYear,
  deleteDraft,
  duplicateDraft,
  type NextYearOptions,
} from './draft-actions.ts';
export {
  type DraftFile,
  type DraftFileAttachment,
  draftBundleFormat,
  draftFileFormat,
  draftFileName,
  draftFileVersion,
  exportDraft,
  exportDrafts,
  type ImportResult,
  importDraftFile,
  importDraftFiles,
  type ReadDraftOptions,
  type ReadDraftResult,
  readDraftFile,
} from './draft-file.ts';
export type { DraftAttachment, DraftRecord } from './draft-record.ts';
export {
  type DraftStore,
  type DraftStoreOptions,
  draftChannelName,
  openDraftStore,
  type RemoteChange,
  RevisionConflict,
  StorageUnavailable,
} from './draft-store.ts';
export type { DraftSummary } from './draft-summary.ts';
export {
  type KnownForm,
  type KnownForms,
  type Migrated,
  migrateDraft,
  openDraft,
} from './migrate-draft.ts';
export { newDraft } from './new-draft.ts';
export { clearRescue, recoverRescued, writeRescue } from './rescue.ts';
export { type StorageStatus, statusOfError } from './storage-status.ts';
