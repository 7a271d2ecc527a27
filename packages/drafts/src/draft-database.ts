// The draft database and its versions. Version 1 held whole drafts (files inline) in 'drafts';
// version 2 adds the summaries the list reads and a store of attached files. The upgrade
// builds both from the version 1 records inside the upgrade transaction, so nothing is lost.
import { type IDBPDatabase, wrap } from 'idb';
import type { DraftAttachment } from './draft-record.ts';
import { summaryOf } from './draft-summary.ts';
import { type AttachmentRef, blobStoreName, type StoredDraft } from './stored-attachments.ts';

export const draftStoreName = 'drafts';
export const summaryStoreName = 'draft-summaries';
export const allStores = [draftStoreName, summaryStoreName, blobStoreName];
const databaseVersion = 2;

/**
 * Opens `name` at the current version, upgrading it; rejects with the reason it could not, and
 * whether it was another tab's connection blocking the upgrade.
 */
export function openDraftDatabase(
  factory: IDBFactory,
  name: string,
  timeoutMs: number,
  unavailable: (reason: unknown, blocked: boolean) => Error,
): Promise<IDBPDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, databaseVersion);
    } catch (error) {
      reject(unavailable(error, false));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(unavailable(new Error('opening the database timed out'), false));
    }, timeoutMs);
    // A tab still running code from before version 2 never closes its connection when asked: the
    // upgrade would wait for it unseen. Say so at once, so the user knows which tab to close.
    request.onblocked = () => {
      clearTimeout(timer);
      settled = true;
      reject(unavailable(new Error('another connection blocks the upgrade'), true));
    };
    request.onupgradeneeded = (event) => {
      upgrade(request.result, request.transaction!, event.oldVersion);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      if (settled) request.result.close();
      else {
        // A newer version opening in another tab must not wait on this one (version 1 never let go).
        request.result.onversionchange = () => request.result.close();
        resolve(wrap(request.result));
      }
    };
    request.onerror = () => {
      clearTimeout(timer);
      if (!settled) reject(unavailable(request.error, false));
    };
  });
}

function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    const drafts = db.createObjectStore(draftStoreName, { keyPath: 'id' });
    drafts.createIndex('formId', 'formId');
    drafts.createIndex('updatedAt', 'updatedAt');
  }
  if (oldVersion < 2) {
    const summaries = db.createObjectStore(summaryStoreName, { keyPath: 'id' });
    summaries.createIndex('formId', 'formId');
    db.createObjectStore(blobStoreName);
    if (oldVersion >= 1) moveToVersion2(tx);
  }
}

/** Each version 1 record: its files into the blob store, its summary into the summaries. */
function moveToVersion2(tx: IDBTransaction): void {
  const blobs = tx.objectStore(blobStoreName);
  const summaries = tx.objectStore(summaryStoreName);
  const cursorRequest = tx.objectStore(draftStoreName).openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    const record = cursor.value as StoredDraft;
    const attachments = (record.attachments ?? []).map((attachment) => {
      if (!('blob' in attachment)) return attachment;
      const { blob, ...meta } = attachment as DraftAttachment;
      const ref: AttachmentRef = { ...meta, blobKey: crypto.randomUUID() };
      blobs.put(blob, [record.id, ref.blobKey]);
      return ref;
    });
    const moved = { ...record, attachments };
    cursor.update(moved);
    summaries.put(summaryOf(moved));
    cursor.continue();
  };
}
