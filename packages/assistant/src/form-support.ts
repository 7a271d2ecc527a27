// What an open form needs beyond the assistant's shell: the runner, the draft list and the draft
// store. Loaded when a form is opened, so the one script tag stays small.
import './drafts/koiki-draft-list.ts';
import './runner/koiki-form-runner.ts';
import './runner/koiki-claim-view.ts';

export { migrateDraft, newDraft, openDraftStore, recoverRescued } from '@koiki/drafts';
export { migrateClaim } from '@koiki/schemas';
