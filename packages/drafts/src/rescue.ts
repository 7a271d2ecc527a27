// The last line of defence for a page that is closing: IndexedDB writes started while a page
// unloads may never finish, so the unsaved draft is also written synchronously to localStorage
// and moved into the store the next time drafts are listed or opened.
import type { DraftRecord } from './draft-record.ts';
import type { DraftStore } from './draft-store.ts';
import { messages } from './messages.ts';

const prefix = 'koiki-draft-rescue:';

interface Rescued {
  /** The draft as it was on screen, without attachments (they are saved as soon as they change). */
  draft: Omit<DraftRecord, 'attachments'>;
  /** The stored revision this content was based on. */
  baseRev: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Writes the draft synchronously; false when the browser refuses (no storage, full). */
export function writeRescue(draft: DraftRecord): boolean {
  const { attachments: _, ...rest } = draft;
  try {
    storage()?.setItem(
      prefix + draft.id,
      JSON.stringify({ draft: rest, baseRev: draft.rev } satisfies Rescued),
    );
    return true;
  } catch {
    return false;
  }
}

export function clearRescue(id: string): void {
  try {
    storage()?.removeItem(prefix + id);
  } catch {
    // nothing was written then
  }
}

/** Removes every rescued draft: 「すべて削除」 must not let one come back on the next list. */
export function clearAllRescues(): void {
  const local = storage();
  if (!local) return;
  try {
    const keys = Array.from({ length: local.length }, (_, i) => local.key(i));
    for (const key of keys) if (key?.startsWith(prefix)) local.removeItem(key);
  } catch {
    // storage refused: nothing could have been rescued into it either
  }
}

/**
 * Moves every rescued draft into the store: over its stored record when nobody saved since,
 * else beside it as a copy, so no one's work is overwritten. Resolves with the drafts saved.
 */
export async function recoverRescued(store: DraftStore): Promise<DraftRecord[]> {
  const local = storage();
  if (!local) return [];
  const keys = Array.from({ length: local.length }, (_, i) => local.key(i)).filter(
    (key): key is string => key?.startsWith(prefix) === true,
  );
  const recovered: DraftRecord[] = [];
  for (const key of keys) {
    const rescued = parse(local.getItem(key));
    const restored = rescued ? await restoreOne(store, rescued) : undefined;
    if (restored) recovered.push(restored);
    local.removeItem(key);
  }
  return recovered;
}

/** Saves a rescued draft unless the store already holds the same content (its save completed). */
async function restoreOne(
  store: DraftStore,
  { draft, baseRev }: Rescued,
): Promise<DraftRecord | undefined> {
  const stored = await store.get(draft.id);
  if (!stored) return store.save({ ...draft, rev: 0, attachments: [] });
  if (sameContent(stored, draft)) return undefined;
  if (stored.rev === baseRev)
    return store.save({ ...draft, rev: stored.rev, attachments: stored.attachments });
  return store.save({
    ...draft,
    id: crypto.randomUUID(),
    rev: 0,
    title: draft.title + messages.rescuedSuffix,
    attachments: stored.attachments,
  });
}

function sameContent(a: Pick<DraftRecord, 'data' | 'raw'>, b: Pick<DraftRecord, 'data' | 'raw'>) {
  return JSON.stringify([a.data, a.raw]) === JSON.stringify([b.data, b.raw]);
}

function parse(text: string | null): Rescued | undefined {
  try {
    const value = JSON.parse(text ?? '') as Rescued;
    const ok =
      typeof value?.draft?.id === 'string' &&
      typeof value.draft.formId === 'string' &&
      typeof value.baseRev === 'number';
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}
