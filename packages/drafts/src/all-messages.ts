// Every message of @koiki/drafts in one object, for callers and tests that word their own UI.
import { fileMessages } from './file-messages.ts';
import { messages } from './messages.ts';

export const draftMessages = { ...messages, ...fileMessages } as const;
