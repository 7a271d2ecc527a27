// The received set, kept in IndexedDB across reloads: its own database, never the drafts'. A replace
// is one transaction, so it never leaves both or neither claim behind; a large batch is added in
// slices, each its own transaction, so that copying thousands of claims never holds the page up.
import { type IDBPDatabase, openDB } from 'idb';
import { isStoredClaim, type StoredClaim } from './stored-claim.ts';

/** Claims written per transaction when a batch is added. */
const sliceSize = 100;

export const rollupDatabaseName = 'koiki-rollup';
const claimStore = 'received-claims';

export interface StoredSet {
  /** The readable claims, in the order received. */
  claims: StoredClaim[];
  /** How many stored records could not be read (skipped). */
  unreadable: number;
}

export interface RollupStore {
  list(): Promise<StoredSet>;
  add(claims: readonly StoredClaim[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Puts `claim` in place of the claim `oldId`. */
  replace(oldId: string, claim: StoredClaim): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/** Opens (creating on first use) the roll-up's database `name`; rejects when IndexedDB is refused. */
export async function openRollupStore(name = rollupDatabaseName): Promise<RollupStore> {
  const db: IDBPDatabase = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore(claimStore, { keyPath: 'id' });
    },
  });
  return {
    async list() {
      const records: unknown[] = await db.getAll(claimStore);
      const claims = records.filter(isStoredClaim).sort((a, b) => a.seq - b.seq);
      return { claims, unreadable: records.length - claims.length };
    },
    async add(claims) {
      for (let start = 0; start < claims.length; start += sliceSize) {
        const tx = db.transaction(claimStore, 'readwrite');
        const slice = claims.slice(start, start + sliceSize);
        await Promise.all([...slice.map((claim) => tx.store.put(claim)), tx.done]);
      }
    },
    async remove(id) {
      await db.delete(claimStore, id);
    },
    async replace(oldId, claim) {
      const tx = db.transaction(claimStore, 'readwrite');
      await Promise.all([tx.store.delete(oldId), tx.store.put(claim), tx.done]);
    },
    async clear() {
      await db.clear(claimStore);
    },
    close() {
      db.close();
    },
  };
}
