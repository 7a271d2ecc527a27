// Attached files live in their own object store, keyed by [draft id, file key]; the draft record
// holds only references. A save then writes a file only when it is new to that draft, so an
// autosave of a draft with megabytes of attachments writes the draft's data and nothing more.
import type { IDBPTransaction } from 'idb';
import type { DraftAttachment, DraftRecord } from './draft-record.ts';

export const blobStoreName = 'attachment-blobs';

/** An attachment as the draft record stores it: its file is in the blob store under `blobKey`. */
export interface AttachmentRef {
  id: string;
  name: string;
  type: string;
  size: number;
  blobKey: string;
}

/** A draft record as stored. Records written before version 2 held their files inline. */
export type StoredDraft = Omit<DraftRecord, 'attachments'> & {
  attachments: (AttachmentRef | DraftAttachment)[];
};

/** Blobs this page wrote or read, with their key: a Blob never changes, so its key still holds. */
const knownBlobs = new WeakMap<Blob, string>();

// Arrays sort after strings in IndexedDB, so [id, []] is above every [id, key].
export const blobsOf = (draftId: string) => IDBKeyRange.bound([draftId], [draftId, []]);

type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;
type ReadTx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;

/**
 * Writes the files of `attachments` that draft `draftId` does not hold yet, deletes the ones it
 * no longer uses, and resolves with the references to store in the record.
 */
export async function writeAttachments(
  tx: Tx,
  draftId: string,
  attachments: readonly DraftAttachment[],
): Promise<AttachmentRef[]> {
  const blobs = tx.objectStore(blobStoreName);
  const keys = (await blobs.getAllKeys(blobsOf(draftId))) as [string, string][];
  const held = new Set(keys.map(([, blobKey]) => blobKey));
  const refs: AttachmentRef[] = [];
  const writes: Promise<unknown>[] = [];
  for (const { blob, ...meta } of attachments) {
    let blobKey = knownBlobs.get(blob);
    if (!blobKey || !held.has(blobKey)) {
      blobKey = crypto.randomUUID();
      if (blob instanceof Blob) knownBlobs.set(blob, blobKey);
      writes.push(blobs.put(blob, [draftId, blobKey]));
    }
    held.delete(blobKey);
    refs.push({ ...meta, blobKey });
  }
  for (const unused of held) writes.push(blobs.delete([draftId, unused]));
  await Promise.all(writes);
  return refs;
}

/** `stored` with its files read back from the blob store (inline files of old records as they are). */
export async function withBlobs(tx: ReadTx, stored: StoredDraft): Promise<DraftRecord> {
  const refs = stored.attachments ?? [];
  if (!refs.some((a) => 'blobKey' in a)) return stored as DraftRecord;
  const blobs = tx.objectStore(blobStoreName);
  const range = blobsOf(stored.id);
  const [keys, values] = await Promise.all([blobs.getAllKeys(range), blobs.getAll(range)]);
  const byKey = new Map<string, Blob>();
  keys.forEach((key, i) => {
    const blob = values[i] as Blob;
    const blobKey = (key as string[])[1]!;
    if (blob instanceof Blob) knownBlobs.set(blob, blobKey);
    byKey.set(blobKey, blob);
  });
  const attachments: DraftAttachment[] = [];
  for (const ref of refs) {
    if (!('blobKey' in ref)) attachments.push(ref);
    else {
      const { blobKey, ...meta } = ref;
      const blob = byKey.get(blobKey);
      if (blob) attachments.push({ ...meta, blob });
    }
  }
  return { ...stored, attachments };
}
