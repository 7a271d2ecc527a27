import type { DraftRecord, DraftStore } from '@koiki/drafts';
import {
  type FormEntry,
  type FormModule,
  type FormOutlineModule,
  formRegistry,
  isWholeForm,
} from '@koiki/forms';
import { html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { OpenDraftDetail } from './drafts/koiki-draft-list.ts';
import { assistantStyles } from './koiki-assistant.styles.ts';
import { mergeData } from './merge-data.ts';
import { rememberedPanelOpen, rememberPanelOpen } from './panel-memory.ts';
import { clampPanelWidth, panelWidth, panelWidthSheet, setPanelWidth } from './panel-width.ts';
import { type ResumePoint, rememberedResumePoint, rememberResumePoint } from './resume-memory.ts';
import type {
  KoikiFormRunner,
  ResumePointDetail,
  SubmitDetail,
  Submitter,
} from './runner/koiki-form-runner.ts';
import { postSubmission } from './submit.ts';
import { translationFor } from './translations/index.ts';
import { whenIdle } from './when-idle.ts';
import { validateWithoutEval } from './zod-without-eval.ts';

export type AssistantMode = 'inline' | 'panel';
type FormSupport = typeof import('./form-support.ts');

/** The embeddable assistant: one element, inline in the page or as a side panel. */
export class KoikiAssistant extends LitElement {
  static override properties = {
    form: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    lang: { noAccessor: true },
    submitUrl: { type: String, attribute: 'submit-url' },
    assetsBase: { type: String, attribute: 'assets-base' },
    panelOpen: { state: true },
    module: { state: true },
    draft: { state: true },
    loadError: { state: true },
    viewing: { state: true },
    draftListReady: { state: true },
  };
  static override styles = assistantStyles;

  form: string | null = null;
  mode: AssistantMode = 'inline';
  submitUrl: string | null = null;
  assetsBase: string | null = null;
  panelOpen = false;
  /** The open form: its outline first (the first step is drawn with it), then the whole form. */
  module: FormOutlineModule | undefined = undefined;
  draft: DraftRecord | undefined = undefined;
  loadError = '';
  /** A received claim shown read-only (host API `view`), in place of the chooser or a draft. */
  viewing: { module: FormModule; data: unknown; heading: string } | undefined = undefined;
  /** Set once the draft list's code has loaded (after the first step is drawn): it is drawn then. */
  draftListReady = false;
  #store: Promise<DraftStore> | undefined;
  #support: Promise<FormSupport> | undefined;
  /** Set once form-support.ts has loaded (a form is open). */
  #loaded: FormSupport | undefined;
  /** The whole form (outline and contract) being loaded for the open form, once. */
  #whole: { formId: string; module: Promise<FormModule> } | undefined;
  #prefilled: unknown;
  #loading: string | undefined;
  /** Set when the user chose a form: the draft it opens gets focus on its step heading. */
  #focusNextDraft = false;
  /** The draft the user opened; its runner moves focus to the step heading once shown. */
  #focusDraftId: string | undefined;
  private width = panelWidth.initial;
  private readonly widthSheet = panelWidthSheet();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` keeps its native accessor, so Lit is told of a change here.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.panelOpen = rememberedPanelOpen();
    // Back on this page: reopen the draft and step in use when it left.
    const point = rememberedResumePoint();
    if (point && !this.module && (!this.form || this.form === point.formId)) {
      void this.#load(point.formId, point);
      this.form = point.formId;
    }
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.widthSheet];
  }

  private get text() {
    return translationFor(this.lang);
  }

  override render() {
    const body =
      this.mode === 'panel'
        ? this.renderPanel()
        : html`<section class="inline" aria-labelledby="title">
            <h2 id="title" part="title">${this.text.title}</h2>
            ${this.renderContent()}
          </section>`;
    return html`<div class="root" lang=${this.text.lang}>${body}</div>`;
  }

  private renderPanel() {
    if (!this.panelOpen) {
      return html`<button class="launcher" part="launcher" @click=${() => this.setOpen(true)}>
        ${this.text.openPanel}
      </button>`;
    }
    return html`<aside class="panel" part="panel" aria-labelledby="title" @keydown=${this.onPanelKeydown}>
      <div
        class="resize"
        role="separator"
        tabindex="0"
        aria-orientation="vertical"
        aria-label=${this.text.resizeHandle}
        aria-describedby="resize-hint"
        aria-valuemin=${panelWidth.min}
        aria-valuemax=${panelWidth.max}
        aria-valuenow=${this.width}
        @keydown=${this.onResizeKey}
        @pointerdown=${this.onResizeStart}
      ></div>
      <span id="resize-hint" class="visually-hidden">${this.text.resizeHint}</span>
      <div class="panel-header">
        <h2 id="title" part="title">${this.text.title}</h2>
        <button class="close" @click=${() => this.setOpen(false)}>${this.text.closePanel}</button>
      </div>
      <div class="panel-body">${this.renderContent()}</div>
    </aside>`;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (
      changed.has('form') &&
      this.form &&
      this.form !== this.module?.definition.id &&
      this.form !== this.#loading
    )
      void this.#load(this.form);
  }

  /** The IndexedDB draft store, opened once: when the page is idle after drawing (see `#openStore`). */
  get store(): Promise<DraftStore> {
    return this.#openStore(false);
  }

  /**
   * Loads the draft store and the draft list and opens the store, once. A form's first step does
   * not wait for them, so they load when the page is idle; reopening a stored draft needs the
   * store at once (`rightAway`).
   */
  #openStore(rightAway: boolean): Promise<DraftStore> {
    const ready = rightAway ? Promise.resolve() : new Promise<void>((go) => whenIdle(go));
    this.#store ??= ready
      .then(() => import('./draft-support.ts'))
      .then((drafts) => {
        this.draftListReady = true;
        return drafts.openDraftStore();
      });
    return this.#store;
  }

  #formSupport(): Promise<FormSupport> {
    this.#support ??= import('./form-support.ts').then((support) => {
      this.#loaded = support;
      return support;
    });
    return this.#support;
  }

  get resolvedAssetsBase(): string {
    return this.assetsBase ?? new URL('./koiki-assets/', import.meta.url).href;
  }

  /** Loads a form and shows `resume`'s draft at its step, or a new (unsaved) draft. */
  async #load(formId: string, resume?: Partial<ResumePoint>): Promise<void> {
    const entry = formRegistry.find((f) => f.id === formId);
    if (!entry) {
      this.#fail(this.text.loadFailed(`不明な様式 ${formId}`));
      return;
    }
    this.#loading = formId;
    this.loadError = '';
    try {
      validateWithoutEval();
      // The runner and the form's outline are fetched side by side (the form's chunks do not wait for
      // the runner's). Its contract (zod, schema, calculator) and module.prepare (the 団体 names) are
      // left to the runner: they load once the first step is drawn (`#loadWhole`).
      const [, module] = await Promise.all([this.#formSupport(), entry.loadOutline()]);
      if (this.#loading !== formId) return;
      this.module = module;
      const stored = resume?.draftId ? await this.#storedDraft(resume.draftId) : undefined;
      const draft = stored ?? this.#freshDraft(module, await this.#formSupport());
      const step = module.definition.steps.some((s) => s.id === resume?.step)
        ? resume?.step
        : undefined;
      this.draft = step ? { ...draft, step } : draft;
      if (this.#focusNextDraft) this.#focusDraftId = draft.id;
      this.#focusNextDraft = false;
    } catch (error) {
      this.#fail(this.text.loadFailed(error instanceof Error ? error.message : String(error)));
    }
  }

  async #storedDraft(id: string): Promise<DraftRecord | undefined> {
    try {
      const store = await this.#openStore(true);
      await this.#loaded?.recoverRescued(store);
      const draft = await store.get(id);
      return draft ? await this.#migrated(draft) : undefined;
    } catch {
      return undefined;
    }
  }

  async #migrated(draft: DraftRecord): Promise<DraftRecord | undefined> {
    if (!this.module || !this.#loaded) return undefined;
    // Only a draft of an older version needs the form's migrations, which come with its contract.
    const form =
      draft.schemaVersion === this.module.definition.schemaVersion
        ? this.module
        : await this.#loadWhole();
    const result = this.#loaded.migrateDraft(draft, form.definition);
    if (result.ok) return result.draft;
    this.#fail(result.message);
    return undefined;
  }

  /**
   * The open form whole (outline and contract), loaded once; it then replaces the outline, so that
   * the runner's session and the draft list get the schema, the calculator and the migrations.
   */
  #loadWhole = (): Promise<FormModule> => {
    const outline = this.module;
    if (!outline) return Promise.reject(new Error('様式が開かれていません。'));
    if (isWholeForm(outline)) return Promise.resolve(outline);
    const formId = outline.definition.id;
    const entry = formRegistry.find((f) => f.id === formId);
    if (!entry) return Promise.reject(new Error(`不明な様式 ${formId}`));
    if (this.#whole?.formId !== formId) {
      const module = entry.load();
      this.#whole = { formId, module };
      module.then(
        (whole) => {
          if (this.module === outline) this.module = whole;
        },
        // Tried again on the next need (the runner says it could not load it).
        () => {
          if (this.#whole?.module === module) this.#whole = undefined;
        },
      );
    }
    return this.#whole.module;
  };

  #freshDraft(module: FormOutlineModule, support: FormSupport): DraftRecord {
    const { definition } = module;
    const data = this.#freshData(module);
    return support.newDraft({
      formId: definition.id,
      schemaVersion: definition.schemaVersion,
      data,
      step: definition.steps[0]?.id ?? '',
      title: definition.draftTitle?.(data) ?? definition.title,
    });
  }

  /** What a new draft starts with: the form's empty data and what the portal prefilled. */
  #freshData(module: FormOutlineModule): unknown {
    return mergeData(module.definition.emptyData(), this.#prefilled);
  }

  #fail(message: string): void {
    this.loadError = message;
    this.dispatchEvent(
      new CustomEvent('koiki-error', { detail: { message }, bubbles: true, composed: true }),
    );
  }

  /** Host API: opens a form, and one of its drafts when `draftId` is given. */
  async open(formId: string, draftId?: string): Promise<void> {
    this.#loading = formId;
    this.form = formId;
    await this.#load(formId, draftId ? { draftId } : undefined);
    if (this.mode === 'panel' && !this.panelOpen) await this.setOpen(true);
  }

  /** Host API: shows a claim read-only (e.g. one a prefecture received); nothing is saved. */
  async view(formId: string, schemaVersion: number, data: unknown, heading = ''): Promise<void> {
    const entry = formRegistry.find((f) => f.id === formId);
    if (!entry) return this.#fail(this.text.loadFailed(`不明な様式 ${formId}`));
    this.loadError = '';
    try {
      validateWithoutEval();
      const support = await this.#formSupport();
      const migrated = support.migrateClaim(await entry.contract(), data, schemaVersion);
      if (!migrated.ok) return this.#fail(migrated.message);
      // The read-only view is only for received claims: it loads when one is shown.
      const [module] = await Promise.all([entry.load(), import('./runner/koiki-claim-view.ts')]);
      await module.prepare?.();
      this.viewing = { module, data: migrated.data, heading };
      if (this.mode === 'panel' && !this.panelOpen) await this.setOpen(true);
      await this.updateComplete;
      const view = this.renderRoot.querySelector<LitElement>('koiki-claim-view');
      await view?.updateComplete;
      view?.shadowRoot?.querySelector<HTMLElement>('.step-title')?.focus();
    } catch (error) {
      this.#fail(this.text.loadFailed(error instanceof Error ? error.message : String(error)));
    }
  }

  /** Host API: merges `data` into the open draft and every new one (e.g. what the portal already knows). */
  prefill(data: unknown): void {
    this.#prefilled = mergeData(this.#prefilled, data);
    const session = this.renderRoot.querySelector<KoikiFormRunner>('koiki-form-runner')?.session;
    if (!session) return;
    const merged = mergeData(session.data, data);
    // Nothing new: no change, so no draft is created for it.
    if (JSON.stringify(merged) === JSON.stringify(session.data)) return;
    session.restore({ ...session.snapshot(), data: merged });
  }

  #onOpenDraft = async (event: CustomEvent<OpenDraftDetail>) => {
    const draft = await this.#migrated(event.detail.draft);
    if (!draft) return;
    this.#focusDraftId = draft.id;
    this.draft = draft;
  };

  #onResumePoint = (event: CustomEvent<ResumePointDetail>) => {
    rememberResumePoint(event.detail);
  };

  /** With `submit-url`, the runner's submit POSTs the claim and waits for the portal's answer. */
  #submitter: Submitter = async (detail: SubmitDetail) => {
    if (!this.submitUrl) return { ok: true };
    const result = await postSubmission(this.submitUrl, detail);
    if (!result.ok) this.#fail(result.message);
    return result;
  };

  private renderContent() {
    if (this.viewing)
      return html`${this.renderBack()}<koiki-claim-view .module=${this.viewing.module}
        .data=${this.viewing.data} .heading=${this.viewing.heading}></koiki-claim-view>`;
    if (this.loadError)
      return html`<p class="error" role="alert">${this.loadError}</p>${this.renderBack()}`;
    if (this.form && (!this.module || !this.draft))
      return html`<p role="status">${this.text.loadingForm}</p>`;
    if (this.module && this.draft) {
      const focusOnStart = this.#focusDraftId === this.draft.id;
      const blanks = [this.module.definition.emptyData(), this.#freshData(this.module)];
      return html`${this.renderBack()}${keyed(
        this.draft.id,
        html`<koiki-form-runner .module=${this.module} .loadContract=${this.#loadWhole} .draft=${this.draft} .store=${this.store}
          .assetsBase=${this.resolvedAssetsBase} .focusOnStart=${focusOnStart} .submitter=${this.#submitter}
          @koiki-open-draft=${this.#onOpenDraft} @koiki-resume-point=${this.#onResumePoint}>
          ${
            this.draftListReady
              ? html`<koiki-draft-list slot="intro" .store=${this.store} .module=${this.module}
                  .blanks=${blanks} .currentId=${this.draft.id}></koiki-draft-list>`
              : nothing
          }
        </koiki-form-runner>`,
      )}`;
    }
    return html`<p>${this.text.chooseForm}</p>
      <ul class="form-list" part="form-list">
        ${formRegistry.map((entry) => this.renderChoice(entry))}
      </ul>`;
  }

  private renderChoice(entry: FormEntry) {
    return html`<li>
      <button class="form-choice" @click=${() => this.choose(entry.id)}>
        <span class="name" lang="ja">${entry.title}</span>
        <span class="summary" lang="ja">${entry.summary}</span>
      </button>
    </li>`;
  }

  private renderBack() {
    return html`<button type="button" class="back" @click=${this.#backToChooser}>${this.text.backToChooser}</button>`;
  }

  #backToChooser = () => {
    this.viewing = undefined;
    this.form = null;
    this.module = undefined;
    this.draft = undefined;
    this.loadError = '';
    this.#loading = undefined;
    rememberResumePoint(undefined);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.form-choice')?.focus(),
    );
  };

  private choose(formId: string) {
    this.#focusNextDraft = true;
    this.form = formId;
  }

  /** Opens or closes the side panel, remembering the choice and moving focus sensibly. */
  async setOpen(open: boolean) {
    this.panelOpen = open;
    rememberPanelOpen(open);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(open ? '.close' : '.launcher');
    target?.focus();
  }

  private onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void this.setOpen(false);
    }
  };

  private onResizeKey = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: panelWidth.step, ArrowRight: -panelWidth.step }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    this.resizeTo(this.width + delta);
  };

  private onResizeStart = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => this.resizeTo(window.innerWidth - e.clientX);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
  };

  private resizeTo(width: number) {
    this.width = clampPanelWidth(width, window.innerWidth);
    setPanelWidth(this.widthSheet, this.width);
    this.requestUpdate();
  }
}

if (!customElements.get('koiki-assistant'))
  customElements.define('koiki-assistant', KoikiAssistant);
