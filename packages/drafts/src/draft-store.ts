import { type IDBPDatabase, openDB } from 'idb';
import type { DraftRecord } from './draft-record.ts';

const storeName = 'drafts';

/** Thrown when a save was based on an older revision than the one stored (e.g. another tab saved). */
export class RevisionConflict extends Error {
  constructor(
    readonly stored: DraftRecord,
    readonly attemptedRev: number,
  ) {
    super(
      `下書きは別の画面で更新されています（保存済み版 ${stored.rev}、この画面の版 ${attemptedRev}）。`,
    );
    this.name = 'RevisionConflict';
  }
}

export interface DraftStore {
  get(id: string): Promise<DraftRecord | undefined>;
  /** Saves `draft` as revision `draft.rev + 1`; refuses if the stored revision is not `draft.rev`. */
  save(draft: DraftRecord): Promise<DraftRecord>;
  list(formId?: string): Promise<DraftRecord[]>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Opens (and creates on first use) the IndexedDB draft database. */
export async function openDraftStore(databaseName = 'koiki-drafts'): Promise<DraftStore> {
  const db = await openDB(databaseName, 1, {
    upgrade(database) {
      const store = database.createObjectStore(storeName, { keyPath: 'id' });
      store.createIndex('formId', 'formId');
      store.createIndex('updatedAt', 'updatedAt');
    },
  });
  return draftStoreOn(db);
}

function draftStoreOn(db: IDBPDatabase): DraftStore {
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
      await tx.store.put(next);
      await tx.done;
      return next;
    },
    async list(formId) {
      const all: DraftRecord[] = formId
        ? await db.getAllFromIndex(storeName, 'formId', formId)
        : await db.getAll(storeName);
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    remove: (id) => db.delete(storeName, id),
    close: () => db.close(),
  };
}
