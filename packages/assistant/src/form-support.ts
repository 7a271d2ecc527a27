// What an open form needs beyond the assistant's shell to draw its first step: the runner.
// Loaded when a form is opened, so the one script tag stays small; the draft list and the draft
// store follow once the step is drawn (draft-support.ts).
import './runner/koiki-form-runner.ts';

export { migrateDraft, newDraft, recoverRescued } from '@koiki/drafts';
export { migrateClaim } from '@koiki/schemas';
