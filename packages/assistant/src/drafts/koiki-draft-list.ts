// <koiki-draft-list>: this form's drafts in this browser, newest first, kept live (saves,
// deletions and imports here or in another tab): resume, export, duplicate, delete (asked
// first, with undo), start next fiscal year's claim from one, import a draft file, export all.
// It lists from the drafts' summaries and reads a whole draft only to open, export or copy it.
import {
  type DraftRecord,
  type DraftStore,
  type DraftSummary,
  type KnownForms,
  migrateDraft,
  newDraft,
  type RemoteChange,
  recoverRescued,
  removeBlankDrafts,
} from '@koiki/drafts';
import { type FormOutlineModule, formRegistry, isWholeForm } from '@koiki/forms';
import { css, html, LitElement, nothing } from 'lit';
import { downloadBlob } from '../download-blob.ts';

export interface OpenDraftDetail {
  draft: DraftRecord;
}

export class KoikiDraftList extends LitElement {
  static override properties = {
    store: { attribute: false },
    module: { attribute: false },
    blanks: { attribute: false },
    currentId: { attribute: false },
    drafts: { state: true },
    confirming: { state: true },
    confirmingClear: { state: true },
    undo: { state: true },
    message: { state: true },
  };
  // Focus: a black outline and a yellow ring, at least 3:1 against both the button and the page.
  static override styles = css`
    :host {
      display: block;
    }
    h4 {
      margin: 16px 0 8px;
      font-size: 1.0625em;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      /* Hundreds of drafts: only those on screen are laid out and painted. */
      content-visibility: auto;
      contain-intrinsic-size: auto 200px;
      border: 1px solid var(--koiki-color-border, #767676);
      border-radius: 8px;
      padding: 12px 16px;
    }
    .title {
      font-weight: bold;
      margin: 0;
    }
    .meta {
      color: var(--koiki-color-text-secondary, #4d4d4d);
      font-size: 0.875em;
      margin: 0 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button,
    label.file {
      font: inherit;
      cursor: pointer;
      min-block-size: 44px;
      padding: 8px 16px;
      border-radius: 8px;
      background: #fff;
      color: var(--koiki-color-primary, #0017c1);
      border: 1px solid var(--koiki-color-primary, #0017c1);
      display: inline-flex;
      align-items: center;
    }
    button.danger {
      color: var(--koiki-color-error, #ce0000);
      border-color: var(--koiki-color-error, #ce0000);
    }
    button:focus-visible,
    label.file:focus-within {
      outline: 4px solid var(--koiki-color-focus-outline, #000);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--koiki-color-focus-ring, #ffd43d);
    }
    button,
    label.file {
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }
    .meta dt,
    .meta dd {
      display: inline;
      margin: 0;
    }
    .meta div {
      display: block;
    }
    input[type='file'] {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      opacity: 0;
    }
    .message {
      margin: 8px 0;
    }
    .confirm {
      border: 2px solid var(--koiki-color-error, #ce0000);
      border-radius: 8px;
      padding: 12px 16px;
      margin-block: 12px;
    }
    .confirm p {
      margin: 0 0 8px;
    }
  `;

  store!: Promise<DraftStore>;
  module!: FormOutlineModule;
  /** Data of a draft nobody typed into: such drafts (left by earlier versions) are removed. */
  blanks: readonly unknown[] = [];
  /** The draft open in the form now: listed as 「編集中」, never removed as blank. */
  currentId: string | undefined = undefined;
  drafts: DraftSummary[] = [];
  confirming: string | undefined = undefined;
  confirmingClear = false;
  undo: { title: string; run: () => Promise<void> } | undefined = undefined;
  message = '';

  #stopListening: (() => void) | undefined;
  #refreshing: Promise<void> | undefined;
  #again = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    void this.store.then(
      (store) => {
        if (!this.isConnected) return;
        this.#stopListening = store.onChange((change) => void this.#changed(store, change));
      },
      () => undefined,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Reads the list again; calls made while reading run once more afterwards. */
  refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#again = true;
      return this.#refreshing;
    }
    this.#refreshing = this.#read().finally(() => {
      this.#refreshing = undefined;
      if (this.#again) {
        this.#again = false;
        void this.refresh();
      }
    });
    return this.#refreshing;
  }

  /** One save or removal: only that draft's summary is read, not the whole list again. */
  async #changed(store: DraftStore, change: RemoteChange): Promise<void> {
    // A full read in flight may predate this change: it reads once more instead.
    if (this.#refreshing) {
      await this.refresh();
      return;
    }
    if (change.type === 'removed') {
      this.drafts = this.drafts.filter((draft) => draft.id !== change.id);
      return;
    }
    if (change.formId !== this.module.definition.id) return;
    const summary = await store.summary(change.id);
    if (!summary) return this.refresh();
    const others = this.drafts.filter((draft) => draft.id !== summary.id);
    const known = this.drafts.find((draft) => draft.id === summary.id);
    if (known && known.rev > summary.rev) return; // an older read arrived late
    this.drafts = [summary, ...others].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async #read(): Promise<void> {
    try {
      const store = await this.store;
      // Work kept from a page that closed before its last save goes back into the store first.
      await recoverRescued(store);
      const formId = this.module.definition.id;
      this.drafts = await removeBlankDrafts(store, formId, this.blanks, this.currentId);
    } catch {
      this.drafts = [];
      this.message = 'このブラウザーでは下書きを読み出せません。入力は画面上で続けられます。';
    }
  }

  /** The whole draft behind a listed one; throws in Japanese when it is gone (deleted elsewhere). */
  async #whole(listed: DraftSummary): Promise<DraftRecord> {
    const draft = await (await this.store).get(listed.id);
    if (!draft) throw new Error(`「${listed.title}」は別の画面で削除されています。`);
    return draft;
  }

  #resume = async (listed: DraftSummary) => {
    try {
      this.#open(await this.#whole(listed));
    } catch (error) {
      await this.#run(() => Promise.reject(error));
    }
  };

  #open(draft: DraftRecord): void {
    this.dispatchEvent(
      new CustomEvent<OpenDraftDetail>('koiki-open-draft', {
        detail: { draft },
        bubbles: true,
        composed: true,
      }),
    );
  }

  async #run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.message = `操作できませんでした：${error instanceof Error ? error.message : String(error)}`;
    }
    await this.refresh();
  }

  #duplicate = (draft: DraftSummary) =>
    this.#run(async () => {
      const { duplicateDraft } = await draftActions();
      const copy = await duplicateDraft(await this.store, draft.id);
      this.message = `「${copy.title}」を作りました。`;
    });

  #delete = (draft: DraftSummary) =>
    this.#run(async () => {
      const { deleteDraft } = await draftActions();
      const { undo } = await deleteDraft(await this.store, draft.id);
      this.confirming = undefined;
      this.undo = { title: draft.title, run: undo };
      this.message = `「${draft.title}」を削除しました。`;
    });

  #undoDelete = () =>
    this.#run(async () => {
      await this.undo?.run();
      this.message = `「${this.undo?.title}」を元に戻しました。`;
      this.undo = undefined;
    });

  #nextYear = (listed: DraftSummary) =>
    this.#run(async () => {
      const { definition, nextFiscalYear } = this.module;
      const { createFromPreviousYear } = await draftActions();
      const draft = await this.#whole(listed);
      const created = await createFromPreviousYear(await this.store, draft, {
        ...nextFiscalYear,
        title: (data) => definition.draftTitle?.(data) ?? definition.title,
      });
      this.#open(created);
    });

  /** Reads a draft file, or a file of all drafts; a single draft of this form opens at once. */
  #import = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void this.#run(async () => {
      const { definition } = this.module;
      // The open form's outline has no migrations yet: the registry's whole form stands for it.
      const own = isWholeForm(this.module) ? { [definition.id]: definition } : {};
      const forms = { ...(await knownForms()), ...own };
      const { importDraftFiles } = await draftFiles();
      const result = await importDraftFiles(file, await this.store, { forms });
      const [only] = result.ok ? result.drafts : [];
      if (result.ok && result.drafts.length === 1 && only) {
        this.message = `「${only.title}」を読み込みました。`;
        if (only.formId === this.module.definition.id) this.#open(only);
      } else this.message = result.message;
    });
  };

  #export = (listed: DraftSummary) =>
    this.#run(async () => {
      const { draftFileName, exportDraft } = await draftFiles();
      const draft = await this.#whole(listed);
      downloadBlob(await exportDraft(draft), draftFileName(draft), this.renderRoot);
      this.message = `「${draft.title}」をファイルに書き出しました。`;
    });

  /** Every draft of this browser, of every form, in one file (to move them to another PC). */
  #exportAll = () =>
    this.#run(async () => {
      const drafts = await (await this.store).list();
      if (drafts.length === 0) {
        this.message = '書き出す下書きがありません。';
        return;
      }
      const { exportDrafts } = await draftFiles();
      const date = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
      downloadBlob(await exportDrafts(drafts), `下書き_${date}.koiki-drafts.json`, this.renderRoot);
      this.message = `このブラウザーの下書き${drafts.length}件を1つのファイルに書き出しました。`;
    });

  /** Reopens a PDF this product made: its embedded data becomes a new draft. */
  #importPdf = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void this.#run(async () => {
      const { MAX_PDF_BYTES, PdfDataError, readPdfData } = await import('@koiki/pdf');
      if (file.size > MAX_PDF_BYTES) {
        this.message = new PdfDataError('too-large').message;
        return;
      }
      const { definition } = this.module;
      let embedded: Awaited<ReturnType<typeof readPdfData>>;
      try {
        embedded = await readPdfData(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        this.message =
          error instanceof Error ? error.message : 'この PDF から申請内容を読み取れませんでした。';
        return;
      }
      if (embedded.formId !== definition.id) {
        this.message = `この PDF は別の様式（${embedded.formId}）のものです。「${definition.title}」の PDF を選んでください。`;
        return;
      }
      const draft = newDraft({
        formId: definition.id,
        schemaVersion: Number(embedded.schemaVersion),
        data: embedded.data,
        step: definition.steps[0]?.id ?? '',
        title: `${file.name.replace(/\.pdf$/i, '')}（PDF から）`,
      });
      const migrated = migrateDraft(draft, definition);
      if (!migrated.ok) {
        this.message = migrated.message;
        return;
      }
      const saved = await (await this.store).save(migrated.draft);
      this.message = `「${file.name}」から下書きを作りました。`;
      this.#open(saved);
    });
  };

  #clearAll = () =>
    this.#run(async () => {
      const count = await (await this.store).clear();
      this.confirmingClear = false;
      this.undo = undefined;
      this.message = `このブラウザーの下書きを${count}件すべて削除しました。`;
    });

  override render() {
    return html`
      <h4>このブラウザーにある下書き</h4>
      ${this.message ? html`<p class="message" role="status">${this.message}</p>` : nothing}
      ${this.undo ? html`<button type="button" @click=${this.#undoDelete}>削除を元に戻す</button>` : nothing}
      ${this.drafts.length === 0 ? html`<p>まだ下書きはありません。</p>` : html`<ul @click=${this.#onRowClick}>${this.drafts.map((d) => this.#renderDraft(d))}</ul>`}
      <div class="actions">
        <button type="button" @click=${this.#exportAll}>すべて書き出す</button>
        <label class="file">下書きファイルを読み込む<input type="file" accept=".json,application/json" @change=${this.#import} /></label>
        <label class="file">作成した PDF から再開する<input type="file" accept=".pdf,application/pdf" @change=${this.#importPdf} /></label>
      </div>
      ${this.#renderClearAll()}
    `;
  }

  /** The buttons of every row share one listener (hundreds of rows, five buttons each). */
  #onRowClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    const draft = this.drafts.find((d) => d.id === id);
    if (!button || !draft) return;
    const actions: Record<string, (d: DraftSummary) => unknown> = {
      resume: this.#resume,
      export: this.#export,
      duplicate: this.#duplicate,
      nextYear: this.#nextYear,
      confirmDelete: (d) => {
        this.confirming = d.id;
      },
    };
    void actions[button.dataset.action ?? '']?.(draft);
  };

  #renderClearAll() {
    if (!this.confirmingClear) {
      return html`<p><button type="button" class="danger" @click=${() => (this.confirmingClear = true)}>このブラウザーの下書きをすべて削除</button></p>`;
    }
    return html`<div class="confirm" role="group" aria-label="すべて削除の確認">
      <p>このブラウザーにある下書きを、様式を問わずすべて削除します。元に戻せません。よろしいですか？</p>
      <div class="actions">
        <button type="button" class="danger" @click=${this.#clearAll}>すべて削除する</button>
        <button type="button" @click=${() => (this.confirmingClear = false)}>やめる</button>
      </div>
    </div>`;
  }

  #renderDraft(draft: DraftSummary) {
    const updated = draft.updatedAt ? updatedFormat.format(new Date(draft.updatedAt)) : '';
    if (this.confirming === draft.id) {
      return html`<li>
        <p class="title">「${draft.title}」を削除しますか？</p>
        <div class="actions">
          <button type="button" class="danger" @click=${() => this.#delete(draft)}>削除する</button>
          <button type="button" @click=${() => (this.confirming = undefined)}>やめる</button>
        </div>
      </li>`;
    }
    const { definition } = this.module;
    const reached = definition.steps.find((step) => step.id === (draft.reached ?? draft.step));
    const editing = draft.id === this.currentId;
    return html`<li data-id=${draft.id}>
      <p class="title">${draft.title}${editing ? '（編集中）' : ''}</p>
      <dl class="meta">
        <div><dt>様式：</dt><dd>${definition.title}</dd></div>
        <div><dt>更新日時：</dt><dd>${updated}</dd></div>
        ${reached ? html`<div><dt>進んだ手順：</dt><dd>${reached.title}</dd></div>` : nothing}
      </dl>
      <div class="actions">
        <button type="button" data-action="resume" aria-label=${`「${draft.title}」を続きから再開`}>続きから再開</button>
        <button type="button" data-action="export" aria-label=${`「${draft.title}」をファイルに書き出す`}>ファイルに書き出す</button>
        <button type="button" data-action="duplicate" aria-label=${`「${draft.title}」を複製`}>複製</button>
        <button type="button" data-action="nextYear" aria-label=${`「${draft.title}」から次年度の申請を作成`}>次年度の申請を作成</button>
        <button type="button" class="danger" data-action="confirmDelete" aria-label=${`「${draft.title}」を削除`}>削除</button>
      </div>
    </li>`;
  }
}

/** One formatter for every row: making one per row costs more than the rest of the row. */
const updatedFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Reading and writing draft files, loaded on first use: listing drafts does not need it. */
const draftFiles = () => import('@koiki/drafts/draft-file');
/** Duplicate, delete and next year's claim, loaded on first use likewise. */
const draftActions = () => import('@koiki/drafts/draft-actions');

/** Every form this page can open, for reading drafts of any form (a file of all drafts). */
async function knownForms(): Promise<KnownForms> {
  const modules = await Promise.all(formRegistry.map((entry) => entry.load()));
  return Object.fromEntries(modules.map((module) => [module.definition.id, module.definition]));
}

if (!customElements.get('koiki-draft-list'))
  customElements.define('koiki-draft-list', KoikiDraftList);
