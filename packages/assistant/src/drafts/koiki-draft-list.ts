// <koiki-draft-list>: this form's drafts in this browser, newest first: open, duplicate, delete
// (asked first, with undo), start next fiscal year's claim from one, or import a draft file.
import {
  createFromPreviousYear,
  type DraftRecord,
  type DraftStore,
  deleteDraft,
  duplicateDraft,
  importDraftFile,
  migrateDraft,
  newDraft,
  recoverRescued,
} from '@koiki/drafts';
import type { FormModule } from '@koiki/forms';
import { css, html, LitElement, nothing } from 'lit';

export interface OpenDraftDetail {
  draft: DraftRecord;
}

export class KoikiDraftList extends LitElement {
  static override properties = {
    store: { attribute: false },
    module: { attribute: false },
    drafts: { state: true },
    confirming: { state: true },
    confirmingClear: { state: true },
    undo: { state: true },
    message: { state: true },
  };
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
      outline: 3px solid var(--koiki-color-focus, #f5c21b);
      outline-offset: 2px;
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
  module!: FormModule;
  drafts: DraftRecord[] = [];
  confirming: string | undefined = undefined;
  confirmingClear = false;
  undo: { title: string; run: () => Promise<void> } | undefined = undefined;
  message = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      const store = await this.store;
      // Work kept from a page that closed before its last save goes back into the store first.
      await recoverRescued(store);
      this.drafts = await store.list(this.module.definition.id);
    } catch {
      this.drafts = [];
      this.message = 'このブラウザーでは下書きを読み出せません。入力は画面上で続けられます。';
    }
  }

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

  #duplicate = (draft: DraftRecord) =>
    this.#run(async () => {
      const copy = await duplicateDraft(await this.store, draft.id);
      this.message = `「${copy.title}」を作りました。`;
    });

  #delete = (draft: DraftRecord) =>
    this.#run(async () => {
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

  #nextYear = (draft: DraftRecord) =>
    this.#run(async () => {
      const { definition, nextFiscalYear } = this.module;
      const created = await createFromPreviousYear(await this.store, draft, {
        ...nextFiscalYear,
        title: (data) => definition.draftTitle?.(data) ?? definition.title,
      });
      this.#open(created);
    });

  #import = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void this.#run(async () => {
      const { definition } = this.module;
      const result = await importDraftFile(file, await this.store, {
        forms: { [definition.id]: definition },
      });
      this.message = result.ok ? `「${result.draft.title}」を読み込みました。` : result.message;
      if (result.ok) this.#open(result.draft);
    });
  };

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
      ${this.drafts.length === 0 ? html`<p>まだ下書きはありません。</p>` : html`<ul>${this.drafts.map((d) => this.#renderDraft(d))}</ul>`}
      <div class="actions">
        <label class="file">下書きファイルを読み込む<input type="file" accept=".json,application/json" @change=${this.#import} /></label>
        <label class="file">作成した PDF から再開する<input type="file" accept=".pdf,application/pdf" @change=${this.#importPdf} /></label>
      </div>
      ${this.#renderClearAll()}
    `;
  }

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

  #renderDraft(draft: DraftRecord) {
    const updated = draft.updatedAt ? new Date(draft.updatedAt).toLocaleString('ja-JP') : '';
    if (this.confirming === draft.id) {
      return html`<li>
        <p class="title">「${draft.title}」を削除しますか？</p>
        <div class="actions">
          <button type="button" class="danger" @click=${() => this.#delete(draft)}>削除する</button>
          <button type="button" @click=${() => (this.confirming = undefined)}>やめる</button>
        </div>
      </li>`;
    }
    return html`<li>
      <p class="title">${draft.title}</p>
      <p class="meta">最終保存 ${updated}</p>
      <div class="actions">
        <button type="button" @click=${() => this.#open(draft)} aria-label=${`「${draft.title}」を開く`}>開く</button>
        <button type="button" @click=${() => this.#duplicate(draft)} aria-label=${`「${draft.title}」を複製`}>複製</button>
        <button type="button" @click=${() => this.#nextYear(draft)} aria-label=${`「${draft.title}」から次年度の申請を作成`}>次年度の申請を作成</button>
        <button type="button" class="danger" @click=${() => (this.confirming = draft.id)} aria-label=${`「${draft.title}」を削除`}>削除</button>
      </div>
    </li>`;
  }
}

if (!customElements.get('koiki-draft-list'))
  customElements.define('koiki-draft-list', KoikiDraftList);
