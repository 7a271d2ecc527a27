// Keeps a form session saved without ever making the user wait: changes only start a
// timer; saves run one at a time and always write the latest snapshot; the page hiding
// flushes at once. A newer revision from another tab stops autosave and asks the user.
import type { DraftAttachment, DraftRecord } from './draft-record.ts';
import type { DraftStore, RemoteChange } from './draft-store.ts';
import { messages } from './messages.ts';
import { clearRescue, writeRescue } from './rescue.ts';
import { RevisionConflict } from './revision-conflict.ts';
import { type StorageStatus, statusOfError } from './storage-status.ts';

/** What a draft keeps of a session. */
export interface DraftSnapshot {
  data: unknown;
  raw: Readonly<Record<string, string>>;
  step: string;
}

/** What autosave needs of a session; a FormSession from @koiki/engine fits. */
export interface AutosaveSource {
  snapshot(): DraftSnapshot;
  subscribe(listener: () => void): () => void;
  /** Replaces the session's content (used for 「別の画面の内容にする」). */
  restore?(snapshot: DraftSnapshot): void;
  draftTitle?(): string;
  /** The furthest step reached, kept with the draft. */
  reachedStep?(): string;
}

/** Both versions of a draft when another tab saved it first. */
export interface DraftConflict {
  mine: DraftRecord;
  theirs: DraftRecord;
}

export type AutosaveEvent =
  | { type: 'status'; status: StorageStatus }
  | { type: 'saved'; draft: DraftRecord }
  | { type: 'conflict'; conflict: DraftConflict };

export interface AutosaveOptions {
  /** The store, or its opening; a rejected opening leaves the work in memory. */
  store: DraftStore | Promise<DraftStore>;
  source: AutosaveSource;
  /** The draft being edited: its id, form, revision and attachments. */
  draft: DraftRecord;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest time a change waits while the user keeps typing. */
  maxWaitMs?: number;
  /** Where 'pagehide' and 'visibilitychange' are heard; `window` by default, null for none. */
  target?: EventTarget | null;
  /** Whether the page is hidden now (checked on 'visibilitychange'). */
  isHidden?: () => boolean;
}

/** Connects a session to the store; see `AutosaveController`. */
export function startAutosave(options: AutosaveOptions): AutosaveController {
  return new AutosaveController(options);
}

export class AutosaveController {
  #store: Promise<DraftStore>;
  #source: AutosaveSource;
  #delayMs: number;
  #maxWaitMs: number;
  /** When the oldest unsaved change was made (for maxWaitMs). */
  #pendingSince: number | undefined;
  #meta: DraftRecord;
  #saved: DraftSnapshot | undefined;
  /** A new draft's content as opened: it is stored only once the user changes it. */
  #blank: DraftSnapshot | undefined;
  #status: StorageStatus = { state: 'idle' };
  #conflict: DraftConflict | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #listeners = new Set<(event: AutosaveEvent) => void>();
  #stops: (() => void)[] = [];
  /** Set once this tab went on as a copy, so the two drafts are told apart in the list. */
  #copySuffix = '';

  constructor(options: AutosaveOptions) {
    this.#store = Promise.resolve(options.store);
    this.#store.catch(() => undefined); // reported on the first save
    this.#source = options.source;
    this.#delayMs = options.delayMs ?? 500;
    this.#maxWaitMs = options.maxWaitMs ?? 2000;
    this.#meta = options.draft;
    // A draft that was loaded from the store starts saved; a new one (rev 0) is stored at the
    // first change of its content, never for merely being opened or walked through.
    if (options.draft.rev > 0) this.#saved = this.#source.snapshot();
    else this.#blank = this.#source.snapshot();
    this.#stops.push(this.#source.subscribe(() => this.#changed()));
    this.#listenToPage(options);
    this.#store.then(
      (store) => this.#stops.push(store.onRemoteChange((change) => this.#remote(change))),
      () => undefined,
    );
  }

  get status(): StorageStatus {
    return this.#status;
  }

  get conflict(): DraftConflict | undefined {
    return this.#conflict;
  }

  /** The draft as it is on screen now, saved or not: what "export as a file" writes. */
  current(): DraftRecord {
    const { data, raw, step } = this.#source.snapshot();
    const title = this.#source.draftTitle?.() ?? this.#meta.title;
    const reached = this.#source.reachedStep?.() ?? this.#meta.reached;
    const record = { ...this.#meta, data, raw, step, title: title + this.#copySuffix };
    return reached ? { ...record, reached } : record;
  }

  /** Replaces the attachments (kept as Blobs) and saves soon. */
  setAttachments(attachments: DraftAttachment[]): void {
    this.#meta = { ...this.#meta, attachments };
    this.#saved = undefined;
    this.#changed();
  }

  /** Saves now, if anything is unsaved; resolves when the store is up to date. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pendingSince = undefined;
    this.#running ??= this.#saveLatest().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  subscribe(listener: (event: AutosaveEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** 「この画面の内容で保存する」: saves this tab's version over the other one, as a new revision. */
  async keepMine(): Promise<void> {
    const conflict = this.#conflict;
    if (!conflict) return;
    this.#conflict = undefined;
    this.#meta = { ...this.#meta, rev: conflict.theirs.rev };
    this.#saved = undefined;
    await this.flush();
  }

  /** 「別の画面の内容にする」: shows the other tab's version here; nothing is saved. */
  takeTheirs(): void {
    const conflict = this.#conflict;
    if (!conflict) return;
    const { theirs } = conflict;
    this.#source.restore?.({ data: theirs.data, raw: theirs.raw, step: theirs.step });
    this.#conflict = undefined;
    this.#meta = theirs;
    this.#copySuffix = '';
    clearTimeout(this.#timer);
    this.#saved = this.#source.snapshot();
    this.#setStatus({ state: 'saved', rev: theirs.rev, savedAt: theirs.updatedAt });
  }

  /** 「この画面の内容を別の下書きとして保存」: this tab goes on with a new draft; the other keeps theirs. */
  async saveMineAsCopy(): Promise<void> {
    if (!this.#conflict) return;
    this.#conflict = undefined;
    this.#meta = { ...this.#meta, id: crypto.randomUUID(), rev: 0 };
    this.#blank = undefined;
    this.#copySuffix = messages.copySuffix;
    this.#saved = undefined;
    await this.flush();
  }

  /** Stops listening (the store is not closed and nothing more is saved). */
  stop(): void {
    clearTimeout(this.#timer);
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }

  #changed(): void {
    if (this.#isSaved(this.#source.snapshot())) return;
    if (this.#status.state === 'idle' || this.#status.state === 'saved') {
      this.#setStatus({ state: 'pending' });
    }
    clearTimeout(this.#timer);
    const now = Date.now();
    this.#pendingSince ??= now;
    // Debounced, but never postponed past maxWaitMs: a user who keeps typing is saved too.
    const wait = Math.max(0, Math.min(this.#delayMs, this.#pendingSince + this.#maxWaitMs - now));
    this.#timer = setTimeout(() => void this.flush(), wait);
  }

  /** The page is going away: keep unsaved work synchronously, then try the store as usual. */
  #leaving(): void {
    if (!this.#conflict && !this.#isSaved(this.#source.snapshot())) writeRescue(this.current());
    void this.flush();
  }

  #isSaved(snapshot: DraftSnapshot): boolean {
    if (this.#isBlank(snapshot)) return true;
    const saved = this.#saved;
    return (
      saved !== undefined &&
      saved.data === snapshot.data &&
      saved.raw === snapshot.raw &&
      saved.step === snapshot.step
    );
  }

  /** True while a new draft holds only what it was opened with (no attachments either). */
  #isBlank(snapshot: DraftSnapshot): boolean {
    const blank = this.#blank;
    if (!blank || this.#meta.rev > 0 || this.#meta.attachments.length > 0) return false;
    return blank.data === snapshot.data && blank.raw === snapshot.raw;
  }

  /** Saves until what is stored matches what is on screen, or something stops it. */
  async #saveLatest(): Promise<void> {
    let store: DraftStore;
    try {
      store = await this.#store;
    } catch (error) {
      this.#setStatus(statusOfError(error));
      return;
    }
    while (!this.#conflict) {
      const snapshot = this.#source.snapshot();
      if (this.#isSaved(snapshot)) return;
      const mine = this.current();
      this.#setStatus({ state: 'saving' });
      try {
        const saved = await store.save(mine);
        this.#meta = { ...this.#meta, id: saved.id, rev: saved.rev, updatedAt: saved.updatedAt };
        this.#saved = snapshot;
        clearRescue(saved.id);
        this.#setStatus({ state: 'saved', rev: saved.rev, savedAt: saved.updatedAt });
        this.#emit({ type: 'saved', draft: saved });
      } catch (error) {
        if (error instanceof RevisionConflict) this.#reportConflict(mine, error.stored);
        else this.#setStatus(statusOfError(error));
        return;
      }
    }
  }

  async #remote(change: RemoteChange): Promise<void> {
    if (change.type !== 'saved' || change.id !== this.#meta.id) return;
    await this.#running; // our own save in flight decides first
    if (this.#conflict || change.rev <= this.#meta.rev) return;
    const theirs = await (await this.#store).get(change.id);
    if (!theirs || theirs.rev <= this.#meta.rev) return;
    const mine = this.current();
    if (sameContent(mine, theirs)) {
      this.#meta = { ...this.#meta, rev: theirs.rev, updatedAt: theirs.updatedAt };
      return;
    }
    this.#reportConflict(mine, theirs);
  }

  #reportConflict(mine: DraftRecord, theirs: DraftRecord): void {
    clearTimeout(this.#timer);
    this.#conflict = { mine, theirs };
    this.#setStatus({ state: 'conflict', message: messages.conflict });
    this.#emit({ type: 'conflict', conflict: this.#conflict });
  }

  #listenToPage(options: AutosaveOptions): void {
    const target =
      options.target === undefined
        ? (globalThis.window as EventTarget | undefined)
        : options.target;
    if (!target) return;
    const isHidden = options.isHidden ?? (() => globalThis.document?.visibilityState === 'hidden');
    const onPageHide = () => this.#leaving();
    const onVisibility = () => {
      if (isHidden()) this.#leaving();
    };
    target.addEventListener('pagehide', onPageHide);
    target.addEventListener('visibilitychange', onVisibility);
    this.#stops.push(() => {
      target.removeEventListener('pagehide', onPageHide);
      target.removeEventListener('visibilitychange', onVisibility);
    });
  }

  #setStatus(status: StorageStatus): void {
    this.#status = status;
    this.#emit({ type: 'status', status });
  }

  #emit(event: AutosaveEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

function sameContent(a: DraftRecord, b: DraftRecord): boolean {
  return JSON.stringify([a.data, a.raw]) === JSON.stringify([b.data, b.raw]);
}
