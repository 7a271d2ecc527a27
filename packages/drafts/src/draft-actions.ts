// What a user does with whole drafts: start one, duplicate, delete (with undo), and start
// next fiscal year's claim from last year's. Form-agnostic: the caller says which paths
// hold the fiscal year and which amounts must not carry over.
import { removeAt, updateAt } from './data-paths.ts';
import type { DraftRecord } from './draft-record.ts';
import type { DraftStore } from './draft-store.ts';
import { messages } from './messages.ts';

/** Saves a copy of draft `id` under a new id, titled 「…（コピー）」. */
export async function duplicateDraft(store: DraftStore, id: string): Promise<DraftRecord> {
  const original = await store.get(id);
  if (!original) throw new Error(`下書き ${id} が見つかりません。`);
  return store.save(asNewDraft(original, { title: original.title + messages.copySuffix }));
}

/** Removes draft `id`; the returned `undo` puts it back exactly as it was. */
export async function deleteDraft(
  store: DraftStore,
  id: string,
): Promise<{ deleted: DraftRecord | undefined; undo: () => Promise<void> }> {
  const deleted = await store.get(id);
  await store.remove(id);
  return {
    deleted,
    undo: async () => {
      if (deleted) await store.restore(deleted);
    },
  };
}

export interface NextYearOptions {
  /** Paths holding a fiscal year (a number such as 2026); each moves on by one. */
  fiscalYearPaths: readonly string[];
  /** Paths whose values must not carry over (e.g. last year's amounts); '*' matches every row. */
  clearPaths: readonly string[];
  /** The new draft's title from its data; defaults to the old title. */
  title?: (data: unknown) => string;
}

/** An unsaved copy of `draft` moved to the next fiscal year, with the given amounts cleared. */
export function copyForNextFiscalYear(draft: DraftRecord, options: NextYearOptions): DraftRecord {
  let data = structuredClone(draft.data);
  for (const path of options.fiscalYearPaths) {
    data = updateAt(data, path, (year) => (typeof year === 'number' ? year + 1 : year));
  }
  for (const path of options.clearPaths) data = removeAt(data, path);
  const raw = Object.fromEntries(
    Object.entries(draft.raw).filter(
      ([path]) => !options.clearPaths.some((cleared) => matches(path, cleared)),
    ),
  );
  return asNewDraft(draft, { data, raw, title: options.title?.(data) ?? draft.title });
}

/** 「前年度の申請から作成」: saves `copyForNextFiscalYear(draft)` as a new draft. */
export function createFromPreviousYear(
  store: DraftStore,
  draft: DraftRecord,
  options: NextYearOptions,
): Promise<DraftRecord> {
  return store.save(copyForNextFiscalYear(draft, options));
}

function asNewDraft(draft: DraftRecord, changes: Partial<DraftRecord>): DraftRecord {
  return { ...draft, ...changes, id: crypto.randomUUID(), rev: 0, updatedAt: '' };
}

/** True when raw-text `path` lies at or under `pattern` ('*' matches one segment). */
function matches(path: string, pattern: string): boolean {
  const parts = path.split('.');
  const wanted = pattern.split('.');
  return wanted.every((part, i) => part === '*' || part === parts[i]);
}
