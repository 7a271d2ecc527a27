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

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once `check()` holds, checking once a frame. The limit only names the failure
 * before the test's own timeout: a busy machine makes a wait longer, never a test red.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 18_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error('条件が時間内に満たされませんでした');
    await nextFrame();
  }
}

/** Resolves once the clock shows a later millisecond, so the next save sorts after the last. */
export async function nextMillisecond(): Promise<void> {
  const before = new Date().toISOString();
  await until(() => new Date().toISOString() > before);
}

/** Every record of the store, for "nothing changed" checks. */
export async function everything(store: DraftStore): Promise<string> {
  const all = await store.list();
  return JSON.stringify(all.map(({ attachments, ...rest }) => [rest, attachments.length]));
}
