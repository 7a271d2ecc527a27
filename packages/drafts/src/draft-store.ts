// The IndexedDB draft store. Every save carries a revision number, so a save based on an
// older revision (another tab saved in between) is refused instead of overwriting; saves
// and removals are announced on a BroadcastChannel so other tabs learn of them at once.
import { type IDBPDatabase, wrap } from 'idb';
import type { DraftRecord } from './draft-record.ts';
import { messages } from './messages.ts';
import { clearAllRescues, clearRescue } from './rescue.ts';

const storeName = 'drafts';
const databaseVersion = 1;
/** The channel every tab of the origin shares. */
export const draftChannelName = 'koiki-drafts';

/** Thrown when a save was based on an older revision than the one stored (e.g. another tab saved). */
export class RevisionConflict extends Error {
  constructor(
    readonly stored: DraftRecord,
    readonly attemptedRev: number,
  ) {
    super(messages.revisionConflict(stored.rev, attemptedRev));
    this.name = 'RevisionConflict';
  }
}

/** Thrown by `openDraftStore` when IndexedDB is missing, refused or blocked (private window, policy). */
export class StorageUnavailable extends Error {
  constructor(readonly reason: unknown) {
    super(messages.storageUnavailable);
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
  /** All drafts, or one form's, newest first. */
  list(formId?: string): Promise<DraftRecord[]>;
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
  const db = await openDatabase(
    factory,
    settings.name ?? 'koiki-drafts',
    settings.openTimeoutMs ?? 5000,
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

function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBPDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, databaseVersion);
    } catch (error) {
      reject(new StorageUnavailable(error));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new StorageUnavailable(new Error('opening the database timed out')));
    }, timeoutMs);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: 'id' });
      store.createIndex('formId', 'formId');
      store.createIndex('updatedAt', 'updatedAt');
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      if (settled) request.result.close();
      else resolve(wrap(request.result));
    };
    request.onerror = () => {
      clearTimeout(timer);
      if (!settled) reject(new StorageUnavailable(request.error));
    };
  });
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
  return {
    get: (id) => db.get(storeName, id),
    async save(draft) {
      const tx = db.transaction(storeName, 'readwrite');
      const stored: DraftRecord | undefined = await tx.store.get(draft.id);
      const storedRev = stored?.rev ?? 0;
      if (stored && storedRev !== draft.rev) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new RevisionConflict(stored, draft.rev);
      }
      const next = { ...draft, rev: storedRev + 1, updatedAt: new Date().toISOString() };
      await Promise.all([tx.store.put(next), tx.done]);
      announce({ type: 'saved', id: next.id, formId: next.formId, rev: next.rev });
      return next;
    },
    async restore(draft) {
      try {
        await db.add(storeName, draft);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'ConstraintError') {
          throw new Error(messages.alreadyExists);
        }
        throw error;
      }
      announce({ type: 'saved', id: draft.id, formId: draft.formId, rev: draft.rev });
    },
    async list(formId) {
      const all: DraftRecord[] = formId
        ? await db.getAllFromIndex(storeName, 'formId', formId)
        : await db.getAll(storeName);
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async remove(id) {
      await db.delete(storeName, id);
      clearRescue(id);
      announce({ type: 'removed', id });
    },
    async clear() {
      const ids = (await db.getAllKeys(storeName)).map(String);
      await db.clear(storeName);
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
