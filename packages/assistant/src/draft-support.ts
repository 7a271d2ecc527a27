// The draft list and the IndexedDB draft store (idb) are not needed to draw a form's first step:
// they load once it is drawn (koiki-assistant.ts `store`). Autosave waits for the store, so a
// change made before it is open is saved when it is.
import './drafts/koiki-draft-list.ts';

export { openDraftStore } from '@koiki/drafts';
