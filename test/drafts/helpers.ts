// Shared pieces of the draft tests: a tiny form, a session on it, and store names.

import { type DraftRecord, type DraftStore, newDraft, openDraftStore } from '@koiki/drafts';
import { createSession, type FormDefinition } from '@koiki/engine';

export interface TinyData {
  dantai: string;
  fiscalYear: number;
  posts: { title: string; cost?: number }[];
}

/** A form with no real schema: drafts never look at the schema. */
export const tinyForm: FormDefinition<TinyData> = {
  id: 'tiny-form',
  title: '小さな様式',
  schemaVersion: 1,
  schema: { safeParse: (data) => ({ success: true, data: data as TinyData }) },
  emptyData: () => ({ dantai: '', fiscalYear: 2026, posts: [] }),
  draftTitle: (data) => `${data.dantai} 令和${(data.fiscalYear ?? 2018) - 2018}年度 小さな様式`,
  steps: [
    {
      id: 'main',
      title: '入力',
      fields: [{ path: 'dantai', label: '団体名', control: 'text' }],
    },
  ],
};

export const uniqueName = () => `koiki-test-${crypto.randomUUID()}`;

/** A store on its own database and its own channel, so tests do not hear each other. */
export function isolatedStore(name = uniqueName(), channel: BroadcastChannel | null = null) {
  return openDraftStore({ name, channel });
}

/** A new draft of the tiny form with a session on it. */
export function tinyDraft(data: Partial<TinyData> = {}): DraftRecord {
  return newDraft({
    formId: tinyForm.id,
    schemaVersion: 1,
    data: { ...tinyForm.emptyData(), ...data },
    step: 'main',
    title: '',
  });
}

export function sessionOn(draft: DraftRecord) {
  return createSession(tinyForm, {
    data: draft.data as TinyData,
    raw: draft.raw,
    step: draft.step,
  });
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` holds, polling; fails the test after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error('条件が時間内に満たされませんでした');
    await wait(10);
  }
}

/** Every record of the store, for "nothing changed" checks. */
export async function everything(store: DraftStore): Promise<string> {
  const all = await store.list();
  return JSON.stringify(all.map(({ attachments, ...rest }) => [rest, attachments.length]));
}
