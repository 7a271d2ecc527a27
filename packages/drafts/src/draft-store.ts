// The IndexedDB draft store. Every save carries a revision number, so a save based on an
// older revision (another tab saved in between) is refused instead of overwriting; saves
// and removals are announced on a BroadcastChannel so other tabs learn of them at once.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  allStores,
  draftStoreName,
  openDraftDatabase,
  summaryStoreName,
} from './draft-database.ts';
import type { DraftRecord } from './draft-record.ts';
import { type DraftSummary, newestFirst, summaryOf } from './draft-summary.ts';
import { messages } from './messages.ts';
import { clearAllRescues, clearRescue } from './rescue.ts';
import { RevisionConflict } from './revision-conflict.ts';
import {
  blobStoreName,
  blobsOf,
  type StoredDraft,
  withBlobs,
  writeAttachments,
} from './stored-attachments.ts';

export { RevisionConflict };

/** The channel every tab of the origin shares. */
export const draftChannelName = 'koiki-drafts';

/**
 * Thrown by `openDraftStore` when IndexedDB is missing, refused (private window, policy) or held
 * by another tab (`blocked`: an older version of the page that does not let the upgrade through).
 */
export class StorageUnavailable extends Error {
  constructor(
    readonly reason: unknown,
    readonly blocked = false,
  ) {
    super(blocked ? messages.storageBlocked : messages.storageUnavailable);
    this.name = 'StorageUnavailable';
  }
}

/** A save or removal made through another connection (another tab, or another store in this one). */
export type RemoteChange =
  | { type: 'saved'; id: string; formId: string; rev: number }
  | { type: 'removed'; id: string };

export interface DraftStore {
  get(id: string): Promise<DraftRecord | undefined>;
  /** Saves `draft` as revision `draft.rev + 1`; refuses if the stored revision is not `draft.rev`. */
  save(draft: DraftRecord): Promise<DraftRecord>;
  /** Puts a removed record back exactly as it was (undo of delete); refuses if the id is taken. */
  restore(draft: DraftRecord): Promise<void>;
  /** All drafts, or one form's, newest first, whole (data and files). */
  list(formId?: string): Promise<DraftRecord[]>;
  /** What a list shows of all drafts, or of one form's, newest first, without data or files. */
  summaries(formId?: string): Promise<DraftSummary[]>;
  /** What a list shows of draft `id` (to update a list after one save). */
  summary(id: string): Promise<DraftSummary | undefined>;
  remove(id: string): Promise<void>;
  /** Deletes every draft in this browser (「このブラウザーの下書きをすべて削除」); resolves with how many. */
  clear(): Promise<number>;
  /** Calls `listener` for saves and removals made elsewhere; returns the function that stops it. */
  onRemoteChange(listener: (change: RemoteChange) => void): () => void;
  /** Calls `listener` for every save and removal, here or elsewhere (what a live list needs). */
  onChange(listener: (change: RemoteChange) => void): () => void;
  close(): void;
}

export interface DraftStoreOptions {
  /** The database name; tests use their own. */
  name?: string;
  /** Defaults to the page's `indexedDB`; tests pass a failing one. */
  factory?: IDBFactory;
  /** Defaults to a new BroadcastChannel named 'koiki-drafts'; null for none. */
  channel?: BroadcastChannel | null;
  /** How long to wait for a blocked or silent open before giving up. */
  openTimeoutMs?: number;
}

/** Opens (and creates on first use) the draft database; rejects with `StorageUnavailable`. */
export async function openDraftStore(
  options: DraftStoreOptions | string = {},
): Promise<DraftStore> {
  const settings = typeof options === 'string' ? { name: options } : options;
  const factory = settings.factory ?? defaultFactory();
  if (!factory) throw new StorageUnavailable(new Error('indexedDB is not defined'));
  const db = await openDraftDatabase(
    factory,
    settings.name ?? 'koiki-drafts',
    settings.openTimeoutMs ?? 5000,
    (reason, blocked) => new StorageUnavailable(reason, blocked),
  );
  const channel =
    settings.channel !== undefined
      ? settings.channel
      : typeof BroadcastChannel === 'function'
        ? new BroadcastChannel(draftChannelName)
        : null;
  return draftStoreOn(db, channel, settings.channel === undefined);
}

function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined; // some sandboxed frames throw on merely reading indexedDB
  }
}

function draftStoreOn(
  db: IDBPDatabase,
  channel: BroadcastChannel | null,
  ownsChannel: boolean,
): DraftStore {
  const sender = crypto.randomUUID();
  const local = new Set<(change: RemoteChange) => void>();
  const announce = (change: RemoteChange) => {
    channel?.postMessage({ ...change, sender });
    for (const listener of local) listener(change);
  };
  const onRemoteChange = (listener: (change: RemoteChange) => void) => {
    if (!channel) return () => undefined;
    const receive = (event: MessageEvent) => {
      const { sender: from, ...change } = event.data ?? {};
      if (from !== sender && (change.type === 'saved' || change.type === 'removed')) {
        listener(change as RemoteChange);
      }
    };
    channel.addEventListener('message', receive);
    return () => channel.removeEventListener('message', receive);
  };
  const get = async (id: string) => {
    const tx = db.transaction([draftStoreName, blobStoreName], 'readonly');
    const stored: StoredDraft | undefined = await tx.objectStore(draftStoreName).get(id);
    return stored && withBlobs(tx, stored);
  };
  return {
    get,
    async save(draft) {
      const updatedAt = new Date().toISOString();
      const tx = db.transaction(allStores, 'readwrite');
      // The summary holds the revision: the check reads neither the data nor the files.
      const reading = tx.objectStore(summaryStoreName).get(draft.id);
      // A draft without files is written in the same breath as the check (no wait in between):
      // a transaction is all or nothing, so a failed check aborts the write with it.
      const early =
        draft.rev > 0 && (draft.attachments ?? []).length === 0
          ? putRecord(tx, { ...draft, rev: draft.rev + 1, updatedAt }, [])
          : undefined;
      const summary: DraftSummary | undefined = await reading;
      const storedRev = summary?.rev ?? 0;
      if (summary && storedRev !== draft.rev) {
        tx.abort();
        await Promise.all([early, tx.done].map((step) => step?.catch(() => undefined)));
        // Read after the abort: this transaction already holds our own early write.
        const theirs = await get(draft.id);
        if (!theirs) throw new Error(messages.storageUnavailable);
        throw new RevisionConflict(theirs, draft.rev);
      }
      const next = { ...draft, rev: storedRev + 1, updatedAt };
      const writing =
        early && summary && summary.attachmentCount === 0 ? early : write(tx, next, summary);
      // An early write made again by `write` (files to delete, a first save) fails only with it.
      if (writing !== early) early?.catch(() => undefined);
      await Promise.all([writing, tx.done]);
      announce({ type: 'saved', id: next.id, formId: next.formId, rev: next.rev });
      return next;
    },

    async restore(draft) {
      const tx = db.transaction(allStores, 'readwrite');
      if ((await tx.objectStore(summaryStoreName).getKey(draft.id)) !== undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error(messages.alreadyExists);
      }
      await Promise.all([write(tx, draft, undefined), tx.done]);
      announce({ type: 'saved', id: draft.id, formId: draft.formId, rev: draft.rev });
    },
    async list(formId) {
      const tx = db.transaction([draftStoreName, blobStoreName], 'readonly');
      const drafts = tx.objectStore(draftStoreName);
      const all: StoredDraft[] = formId
        ? await drafts.index('formId').getAll(formId)
        : await drafts.getAll();
      return newestFirst(await Promise.all(all.map((stored) => withBlobs(tx, stored))));
    },
    async summaries(formId) {
      const all: DraftSummary[] = formId
        ? await db.getAllFromIndex(summaryStoreName, 'formId', formId)
        : await db.getAll(summaryStoreName);
      return newestFirst(all);
    },
    summary: (id) => db.get(summaryStoreName, id),
    async remove(id) {
      const tx = db.transaction(allStores, 'readwrite');
      await Promise.all([
        tx.objectStore(draftStoreName).delete(id),
        tx.objectStore(summaryStoreName).delete(id),
        tx.objectStore(blobStoreName).delete(blobsOf(id)),
        tx.done,
      ]);
      clearRescue(id);
      announce({ type: 'removed', id });
    },
    async clear() {
      const tx = db.transaction(allStores, 'readwrite');
      const ids = (await tx.objectStore(summaryStoreName).getAllKeys()).map(String);
      await Promise.all([...allStores.map((name) => tx.objectStore(name).clear()), tx.done]);
      clearAllRescues();
      for (const id of ids) announce({ type: 'removed', id });
      return ids.length;
    },
    onRemoteChange,
    onChange(listener) {
      local.add(listener);
      const stopRemote = onRemoteChange(listener);
      return () => {
        local.delete(listener);
        stopRemote();
      };
    },
    close() {
      db.close();
      if (ownsChannel) channel?.close();
    },
  };
}

/**
 * Puts `draft` (its new files, its record with references, its summary) in one transaction.
 * `before` is the stored summary: a draft that had no files and has none needs no file work.
 */
async function write(
  tx: IDBPTransaction<unknown, string[], 'readwrite'>,
  draft: DraftRecord,
  before: DraftSummary | undefined,
): Promise<void> {
  const files = draft.attachments ?? [];
  const noFiles = files.length === 0 && (before?.attachmentCount ?? 0) === 0;
  const attachments = noFiles ? [] : await writeAttachments(tx, draft.id, files);
  await putRecord(tx, draft, attachments);
}

/** Puts the record (its files as `attachments`, references or none) and its summary. */
async function putRecord(
  tx: IDBPTransaction<unknown, string[], 'readwrite'>,
  draft: DraftRecord,
  attachments: StoredDraft['attachments'],
): Promise<void> {
  const stored: StoredDraft = { ...draft, attachments };
  await Promise.all([
    tx.objectStore(draftStoreName).put(stored),
    tx.objectStore(summaryStoreName).put(summaryOf(stored)),
  ]);
}
