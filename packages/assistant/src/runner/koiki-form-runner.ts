// <koiki-form-runner>: one draft of one form, step by step. It joins a form module (definition
// and PDF), the engine session, autosave and the kit's wizard parts; it knows no form by name.
import '@koiki/kit/wizard/step-list';
import {
  type AutosaveController,
  type DraftAttachment,
  type DraftRecord,
  type DraftStore,
  type StorageStatus,
  startAutosave,
} from '@koiki/drafts';
import type { FieldDefinition, FormSession, SubmitPayload } from '@koiki/engine';
import { type FormModule, type FormOutlineModule, isWholeForm } from '@koiki/forms';
import type { Attachment, ErrorSummaryItem, KoikiRepeatableRows } from '@koiki/kit';
import { type ClaimResult, type Dantai, loadDantaiList } from '@koiki/schemas';
import { html, LitElement, nothing } from 'lit';
import { downloadBlob } from '../download-blob.ts';
import { whenIdle } from '../when-idle.ts';
import type { ClaimPdf } from './claim-pdf.ts';
import type { AttachedFile, FieldViewHost } from './field-view.ts';
import {
  loadStepElements,
  stepElements,
  stepElementsFailed,
  stepElementsLoaded,
  stepElementsLoading,
} from './lazy-step-elements.ts';
import { printPdf } from './print-pdf.ts';
import { reachedStep, sessionFromDraft } from './reached-step.ts';
import { runnerStyles } from './runner.styles.ts';
import './koiki-save-status.ts';
import { SessionController } from './session-controller.ts';
import { stepItems } from './step-items.ts';
import { renderSubmitted, type Submission, sameClaim } from './submission.ts';
import { UndoHistory } from './undo-history.ts';

export { downloadBlob };

/** The worker client for PDFs: loaded on the review page, not before the first step. */
const claimPdf = () => import('./claim-pdf.ts');
/** Told while 次へ waits for the code that checks the answers (it loads right after the first step). */
const contractLoading = '入力内容を確かめる準備をしています…';
const contractMissing =
  '入力内容を確かめるためのプログラムを読み込めませんでした。通信の状態を確かめて、もう一度お試しください。入力した内容は下書きに残っています。';
const dantaiListMissing =
  '団体の一覧を読み込めなかったため、PDF を作成できませんでした。通信の状態を確かめて、ページを読み込み直してください。';

/** Sends a claim (e.g. POSTs it to the portal); resolves with a Japanese message on failure. */
export type Submitter = (
  detail: SubmitDetail,
) => Promise<{ ok: true } | { ok: false; message: string }>;

/** Detail of `koiki-resume-point`: the draft and step in use, for reopening after a reload. */
export interface ResumePointDetail {
  formId: string;
  draftId: string;
  step: string;
}

/** Detail of `koiki-submit`: the payload a portal submits, with the PDF. */
export interface SubmitDetail extends SubmitPayload<unknown> {
  pdf: Blob;
}

export class KoikiFormRunner extends LitElement {
  static override properties = {
    module: { attribute: false },
    draft: { attribute: false },
    store: { attribute: false },
    assetsBase: { attribute: false },
    errors: { state: true },
    pdf: { state: true },
    busy: { state: true },
    announcement: { state: true },
    submission: { state: true },
    returnToReview: { state: true },
    removal: { state: true },
    contractProblem: { state: true },
  };
  static override styles = runnerStyles;

  /** The form; an outline (no schema yet) draws the first step, and `loadContract` completes it. */
  module!: FormOutlineModule;
  /** For an outline module: loads the whole form (schema, calculator, limits); set by the assistant. */
  loadContract: (() => Promise<FormModule>) | undefined = undefined;
  /** Set when the whole form could not be loaded: shown, and tried again on the next 次へ. */
  contractProblem = '';
  draft!: DraftRecord;
  store!: Promise<DraftStore>;
  assetsBase = '';
  errors: ErrorSummaryItem[] = [];
  pdf: ClaimPdf | undefined = undefined;
  /** The claim `pdf` was built from: a PDF of other data is never offered or sent. */
  pdfFor: SubmitPayload<unknown> | undefined = undefined;
  busy = false;
  announcement = '';
  /** Move focus to the step heading once shown (the user opened this draft or form). */
  focusOnStart = false;
  submitter: Submitter | undefined = undefined;
  submission: Submission = { state: 'idle' };
  /** Set after 「変更」 on the review page: the step then offers 「確認に戻る」. */
  returnToReview = false;
  /** The item of a 'sections' field just removed; its 「元に戻す」 shows until the data changes. */
  removal: SectionRemoval | undefined = undefined;
  /** Set while the contract is being loaded. */
  #waiting: Promise<boolean> | undefined;
  /** Set while a 次へ (or link, PDF) waits for the contract: another press meanwhile does nothing more. */
  #actionWaiting = false;

  session: FormSession<unknown, ClaimResult> | undefined;
  autosave: AutosaveController | undefined;
  #files: AttachedFile[] = [];
  #dantaiList: readonly Dantai[] | undefined;
  /** The 団体 list and the form's 団体 names: resolves true once loaded, false when they could not be. */
  #dantaiNames: Promise<boolean> | undefined;
  #sessionController = new SessionController(this, () => this.session);
  #stopAutosave: (() => void) | undefined;
  #undo: UndoHistory | undefined;
  #stopStepWatch: (() => void) | undefined;
  /** The resume point last told, so that an unchanged one is not told again. */
  #resumePoint = '';

  /** Set when the step elements could not be fetched: a step's content cannot be drawn. */
  #elementsFailed = false;
  /** Opened on a step whose elements are not there yet: it is drawn whole once they are. */
  #waitingToDraw = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('draft') && this.draft && this.module) this.#start();
    else if (changed.has('module') && isWholeForm(this.module))
      this.session?.complete(this.module.definition);
    const missing = this.#stepNeedsElements() && !stepElementsLoaded();
    if (!this.hasUpdated) this.#waitingToDraw = missing;
    if (missing) void this.#loadElements();
  }

  /** Whether the current step draws fields, the amount panel or the review list. */
  #stepNeedsElements(): boolean {
    const kind = this.session?.step.kind ?? 'form';
    return kind !== 'intro' && kind !== 'done';
  }

  async #loadElements(): Promise<void> {
    this.#elementsFailed = !(await loadStepElements());
    this.#waitingToDraw = false;
    this.requestUpdate();
  }

  /** A step is complete once the elements it draws are registered and drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.#stepNeedsElements() || stepElementsLoaded()) return result;
    await loadStepElements();
    return super.getUpdateComplete();
  }

  protected override firstUpdated(): void {
    if (this.focusOnStart) void this.#focusHeading();
    // The 団体 list (≈25 KB gzip) is not needed to draw a step: it loads once the first step is
    // drawn (a 団体 picker asks for it itself), and what names a 団体 is drawn again when it is there.
    // The step elements likewise, so that 「入力をはじめる」 finds them there.
    whenIdle(() => {
      void this.#loadDantaiNames();
      void loadStepElements();
      void this.#contractReady();
    });
  }

  /**
   * Resolves true once the session has the form's contract, loading the whole form when the
   * module is an outline; false (and `contractProblem` shown) when it could not be loaded.
   */
  #contractReady(): Promise<boolean> {
    const session = this.session;
    if (!session || session.hasContract) return Promise.resolve(true);
    if (this.#waiting) return this.#waiting;
    const loaded = this.loadContract
      ? this.loadContract().then((module) => {
          if (this.session === session) session.complete(module.definition);
        })
      : session.whenContract();
    const waiting = loaded.then(
      () => {
        this.contractProblem = '';
        this.#warmUp(session);
        return true;
      },
      () => {
        this.contractProblem = contractMissing;
        return false;
      },
    );
    this.#waiting = waiting;
    void waiting.then(() => {
      if (this.#waiting === waiting) this.#waiting = undefined;
    });
    return waiting;
  }

  /**
   * Runs `action` (which checks the step) once the contract is there, saying so while it waits.
   * A press while another waits does nothing more: the first one checks, and moves on at most once.
   */
  async #withContract(action: () => Promise<void>): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (!session.hasContract) {
      if (this.#actionWaiting) return;
      this.#actionWaiting = true;
      this.announcement = contractLoading;
      const ready = await this.#contractReady();
      this.#actionWaiting = false;
      if (this.announcement === contractLoading) this.announcement = '';
      if (!ready || this.session !== session) return;
    }
    await action();
  }

  /** Loads the 団体 list once (for the review page and the form's own texts) and re-renders. */
  #loadDantaiNames(): Promise<boolean> {
    this.#dantaiNames ??= Promise.all([this.module.prepare?.(), loadDantaiList()]).then(
      ([, list]) => {
        this.#dantaiList = list;
        this.requestUpdate();
        return true;
      },
      // Until then (and if it never comes) a 団体 is shown by its code; a PDF is not made.
      () => false,
    );
    return this.#dantaiNames;
  }

  protected override updated(): void {
    // On the review and last pages, fetch the PDF code, font and layout while the user reads (all cached).
    const kind = this.session?.step.kind;
    if (kind === 'review' || kind === 'done')
      void claimPdf().then((pdf) => pdf.warmUpPdf(this.module, this.assetsBase));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.autosave?.flush();
    this.#stopAutosave?.();
    this.#stopStepWatch?.();
    this.#undo?.stop();
    this.autosave?.stop();
  }

  #start(): void {
    this.autosave?.stop();
    this.#stopAutosave?.();
    this.#stopStepWatch?.();
    this.#undo?.stop();
    const session = sessionFromDraft<ClaimResult>(this.module.definition, this.draft);
    this.session = session;
    this.#undo = new UndoHistory(session);
    this.#files = this.#filesFromDraft(this.draft);
    // The draft's attachments travel with it; a new draft is first saved on the first change.
    this.autosave = startAutosave({
      store: this.store,
      source: {
        snapshot: () => session.snapshot(),
        subscribe: (listener) => session.subscribe(listener),
        restore: (snapshot) => session.restore(snapshot),
        draftTitle: () => session.draftTitle(),
        reachedStep: () => reachedStep(session),
      },
      draft: this.draft,
    });
    let notice = false;
    this.#stopAutosave = this.autosave.subscribe((event) => {
      // The status line redraws itself; the step is redrawn only for a notice (conflict, full…).
      const wasNotice = notice;
      notice = isNotice(this.autosave?.status);
      if (notice || wasNotice) this.requestUpdate();
      if (event.type === 'saved') {
        this.#emit('koiki-draft-saved', {
          id: event.draft.id,
          rev: event.draft.rev,
          title: event.draft.title,
        });
        this.#emitResumePoint();
      }
    });
    this.#stopStepWatch = session.subscribe((change) => {
      if (change.kind === 'step') this.#emitResumePoint();
    });
    this.#emitResumePoint();
    this.#sessionController.watch();
    this.#warmUp(session);
  }

  /**
   * The first check of a form sets up the schema's and calculator's code paths (3–5× a later
   * one): done while the page is idle once the contract is there, so the first keystroke on a
   * step is as quick as the rest. The result is kept for the data as it is, so the work is not lost.
   */
  #warmUp(session: FormSession<unknown, ClaimResult>): void {
    if (!session.hasContract) return;
    whenIdle(() => {
      if (this.session !== session) return;
      session.validateAll();
      void session.amounts;
    });
  }

  #emitResumePoint(): void {
    const draftId = this.autosave?.current().id ?? this.draft.id;
    const detail: ResumePointDetail = {
      formId: this.module.definition.id,
      draftId,
      step: this.session?.step.id ?? this.draft.step,
    };
    // Told when it moves (a first save gives the draft its id, a step changes), not at every save.
    const key = `${detail.formId}\n${detail.draftId}\n${detail.step}`;
    if (key === this.#resumePoint) return;
    this.#resumePoint = key;
    // For the assistant around this runner only: it neither bubbles nor leaves the shadow root.
    this.dispatchEvent(new CustomEvent('koiki-resume-point', { detail }));
  }

  // ── attachments: kept beside the data; the data holds their metadata in the same order ──

  #filesFromDraft(draft: DraftRecord): AttachedFile[] {
    return draft.attachments.map((stored) => {
      const [kind = '', ...rest] = stored.id.split('/');
      const attachment: Attachment = {
        name: stored.name,
        kind:
          stored.type === 'application/pdf' ? 'pdf' : stored.type === 'image/png' ? 'png' : 'jpeg',
        size: stored.size,
        file: stored.blob,
      };
      return rest.length > 0 ? { kind, attachment } : { kind: stored.id, attachment };
    });
  }

  #draftAttachments(): DraftAttachment[] {
    return this.#files.map(({ kind, attachment }, index) => ({
      id: `${kind}/${index}`,
      name: attachment.name,
      type: mimeOf(attachment),
      size: attachment.size,
      blob: attachment.file,
    }));
  }

  #fieldHost(): FieldViewHost {
    const session = this.session!;
    const errors = new Map(
      stepElements()
        .shownErrors(session)
        .map((error) => [error.path, error.message]),
    );
    return {
      session,
      errorFor: (path) => errors.get(path) ?? '',
      errorsWithin: (path) => [...errors].filter(([at]) => at.startsWith(`${path}.`)),
      files: () => this.#files,
      addItem: (field) => void this.#addItem(field),
      removeItem: (field, index) => void this.#removeItem(field, index),
      removal: (path) => {
        const removal = this.removal;
        // Offered only while nothing else changed: the session's undo would take back that instead.
        if (removal?.path !== path || removal.data !== session.data) return undefined;
        return { message: removal.message, onUndo: () => void this.#undoRemoval() };
      },
      setFiles: (path, kind, attachments) => {
        this.#files = [
          ...this.#files.filter((f) => f.kind !== kind),
          ...attachments.map((attachment) => ({ kind, attachment })),
        ];
        this.autosave?.setAttachments(this.#draftAttachments());
        session.set(
          path,
          this.#files.map(({ kind: k, attachment }) => ({
            kind: k,
            name: attachment.name,
            type: mimeOf(attachment),
            size: attachment.size,
          })),
        );
      },
    };
  }

  // ── items of a 'sections' field: added, removed and undone as one session change each ──

  async #addItem(field: FieldDefinition<unknown>): Promise<void> {
    const session = this.session!;
    const items = session.get(field.path);
    const index = Array.isArray(items) ? items.length : 0;
    const item = field.newItem?.() ?? {};
    session.addRow(field.path, item);
    const { itemHeading, sectionsMessages } = stepElements();
    this.announcement = sectionsMessages.added(itemHeading(field, item, index));
    await this.updateComplete;
    // Focus goes to the new item's first question.
    const first = this.#item(field.path, index)?.querySelector<HTMLElement>('[name]');
    const name = first?.getAttribute('name');
    if (name) this.#focusField(name);
  }

  async #removeItem(field: FieldDefinition<unknown>, index: number): Promise<void> {
    const session = this.session!;
    const items = session.get(field.path);
    if (!Array.isArray(items) || index >= items.length) return;
    const { itemHeading, sectionsMessages } = stepElements();
    const heading = itemHeading(field, items[index], index);
    session.removeRow(field.path, index);
    const message = sectionsMessages.removed(heading);
    this.removal = { path: field.path, index, heading, message, data: session.data };
    this.announcement = `${message}${sectionsMessages.undo}ボタンで戻せます。`;
    await this.updateComplete;
    // Focus goes to the item that took its place, else the one before, else the add button.
    const count = items.length - 1;
    const next = index < count ? index : index - 1;
    this.#focusItem(field.path, next);
  }

  async #undoRemoval(): Promise<void> {
    const removal = this.removal;
    if (!removal || removal.data !== this.session?.data) return;
    this.removal = undefined;
    this.#undo?.undo();
    this.announcement = stepElements().sectionsMessages.undone(removal.heading);
    await this.updateComplete;
    this.#focusItem(removal.path, removal.index);
  }

  #item(path: string, index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-item="${CSS.escape(`${path}.${index}`)}"]`,
    );
  }

  /** Focuses an item's heading, or the add button when there is no such item. */
  #focusItem(path: string, index: number): void {
    const heading = index >= 0 ? this.#item(path, index)?.querySelector<HTMLElement>('h4') : null;
    const group = this.renderRoot.querySelector(`.sections[data-path="${CSS.escape(path)}"]`);
    (heading ?? group?.querySelector<HTMLElement>(':scope > button.add-item'))?.focus();
  }

  // ── navigation ──

  #next = () => this.#checkAndNext();

  /** 次へ: a step that asks something waits for the contract, then is checked as always. */
  async #checkAndNext(): Promise<void> {
    const session = this.session!;
    const result = session.next();
    if (result.waiting) return this.#withContract(() => this.#checkAndNext());
    if (result.ok) {
      this.errors = [];
      await this.#focusHeading();
      return;
    }
    if (result.invalidStep) session.goTo(result.invalidStep);
    // The errors' wording comes with the step elements: a step that can fail is drawn with them.
    this.errors = stepElementsLoaded() ? stepElements().shownErrors(session) : [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('koiki-error-summary')?.focus();
  }

  async #back(): Promise<void> {
    if (this.session?.back()) {
      this.errors = [];
      await this.#focusHeading();
    }
  }

  /** A step link: it waits for the contract, so that no step is shown before it can be checked. */
  #goTo = (stepId: string, path?: string) => this.#withContract(() => this.#goToStep(stepId, path));

  async #goToStep(stepId: string, path?: string): Promise<void> {
    const fromReview = this.session?.step.kind === 'review';
    if (!this.session?.goTo(stepId)) return;
    this.returnToReview = fromReview && this.session.step.kind !== 'review';
    this.errors = [];
    await this.updateComplete;
    if (path) this.#focusField(path);
    else await this.#focusHeading();
  }

  /** 「確認に戻る」: checks this step like 「次へ」, then goes straight back to the review page. */
  #backToReview = () => this.#withContract(() => this.#checkAndBackToReview());

  async #checkAndBackToReview(): Promise<void> {
    const session = this.session!;
    const review = session.visibleSteps().find((step) => step.kind === 'review');
    if (!review) return;
    if (session.stepIssues().length > 0) {
      await this.#checkAndNext();
      return;
    }
    session.goTo(review.id);
    this.returnToReview = false;
    this.errors = [];
    await this.#focusHeading();
  }

  #undoLast = () => {
    const undone = this.#undo?.undo();
    if (undone) this.announcement = `${undone}を元に戻しました。`;
  };

  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3.step-title')?.focus();
  }

  #focusField = (path: string) => {
    // The element at the path, else the innermost one around it (a table inside an item).
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`) ??
      [...this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')]
        .filter((el) => path.startsWith(`${el.dataset.path}.`))
        .sort((a, b) => (b.dataset.path?.length ?? 0) - (a.dataset.path?.length ?? 0))[0];
    if (!target) return;
    // A table focuses the exact cell itself ('posts.2.salary' → row 3's 人件費).
    const inner = path.slice((target.dataset.path ?? '').length + 1);
    if (inner && target.localName === 'koiki-repeatable-rows') {
      (target as KoikiRepeatableRows).focusPath(inner);
      return;
    }
    target.scrollIntoView({ block: 'center' });
    const focusable = target.matches('fieldset, div')
      ? target.querySelector<HTMLElement>('[name], button')
      : target;
    focusable?.focus();
  };

  // ── output ──

  /** The PDF when it still shows the claim as it is now; undefined once the data has changed. */
  #currentPdf(): ClaimPdf | undefined {
    const pdf = this.pdf;
    if (!pdf?.ok || !this.pdfFor) return pdf;
    return sameClaim(this.pdfFor, this.session!.submitPayload()) ? pdf : undefined;
  }

  #makePdf = () => this.#withContract(() => this.#buildPdf());

  async #buildPdf(): Promise<void> {
    this.busy = true;
    const payload = this.session!.submitPayload();
    // A 公文書 names each 団体: the PDF waits for the 団体 list if it has not arrived yet.
    this.pdf = (await this.#loadDantaiNames())
      ? await (await claimPdf()).buildClaimPdf(this.module, payload, this.#files, this.assetsBase)
      : { ok: false, message: dantaiListMissing };
    this.pdfFor = payload;
    this.busy = false;
    this.announcement = this.pdf.ok
      ? `PDF を作成しました（${this.pdf.pages}ページ）。`
      : this.pdf.message;
    if (!this.pdf.ok) this.#emit('koiki-error', { message: this.pdf.message });
  }

  /** One `koiki-submit` per claim version: a second press, or the same claim again, sends nothing. */
  async #submit(): Promise<void> {
    const pdf = this.#currentPdf();
    if (!pdf?.ok || this.submission.state === 'sending') return;
    const payload = this.session!.submitPayload();
    if (this.submission.state === 'sent' && sameClaim(this.submission.payload, payload)) return;
    this.submission = { state: 'sending' };
    const detail: SubmitDetail = { ...payload, pdf: pdf.blob };
    this.#emit('koiki-submit', detail);
    const result = this.submitter ? await this.submitter(detail) : { ok: true as const };
    if (result.ok) {
      this.submission = { state: 'sent', payload, at: new Date(), pdf };
      this.announcement = '提出しました。';
      // The pressed button is gone: focus goes to what replaced it, the confirmation.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.notice.success')?.focus();
    } else {
      this.submission = { state: 'failed', message: result.message };
      this.announcement = result.message;
    }
  }

  #savePdf(pdf: Extract<ClaimPdf, { ok: true }>): void {
    downloadBlob(pdf.blob, `${this.session!.draftTitle()}.pdf`, this.renderRoot);
  }

  async #exportDraft(): Promise<void> {
    const current = this.autosave?.current();
    if (!current) return;
    // Reading and writing draft files loads on first use: filling a form does not need it.
    const { draftFileName, exportDraft } = await import('@koiki/drafts/draft-file');
    const blob = await exportDraft(current);
    downloadBlob(blob, draftFileName(current), this.renderRoot);
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ── rendering ──

  override render() {
    const session = this.session;
    if (!session) return nothing;
    if (this.#waitingToDraw) return html`<p role="status">${stepElementsLoading}</p>`;
    const step = session.step;
    return html`
      <div class="runner">
        <koiki-step-list .steps=${stepItems(session)} @koiki-step-select=${(e: CustomEvent<{ id: string }>) => this.#goTo(e.detail.id)}></koiki-step-list>
        ${this.#renderStorage()}
        ${this.contractProblem ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${this.contractProblem}</p>` : nothing}
        ${this.#renderTools()}
        <koiki-error-summary .items=${this.errors} .focusField=${this.#focusField}></koiki-error-summary>
        <section class="step" aria-labelledby="step-title">
          <h3 id="step-title" class="step-title" tabindex="-1">${step.title}</h3>
          ${(step.description ?? []).map((text) => html`<p class="description">${text}</p>`)}
          ${this.#renderStepBody()}
        </section>
        ${this.#renderNavigation()}
        <div class="visually-hidden announcer" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  #renderStepBody() {
    const session = this.session!;
    // Moved to such a step before its elements were there: a moment, they load once idle.
    if (this.#stepNeedsElements() && !stepElementsLoaded())
      return this.#elementsFailed
        ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${stepElementsFailed}</p>`
        : html`<div class="fields" aria-busy="true"></div>`;
    switch (session.step.kind ?? 'form') {
      case 'intro':
        return html`<slot name="intro"></slot>`;
      case 'amounts':
        return html`${session.hasContract ? stepElements().renderAmountResult(session.amounts) : amountsPending}${this.#renderQuestions()}`;
      case 'review':
        return html`${session.hasContract ? stepElements().renderClaimTotal(session.amounts) : amountsPending}<koiki-review-list .sections=${stepElements().reviewSections(session, this.#dantaiList)}
          @koiki-step-select=${(e: CustomEvent<{ id: string; path?: string }>) => this.#goTo(e.detail.id, e.detail.path)}></koiki-review-list>`;
      case 'done':
        return this.#renderDone();
      default:
        return this.#renderQuestions();
    }
  }

  #renderQuestions() {
    const { renderFields } = stepElements();
    return html`<div class="fields">${renderFields(this.session!.visibleFields(), this.#fieldHost())}</div>`;
  }

  #renderDone() {
    const pdf = this.#currentPdf();
    const submission = this.submission;
    const sent =
      submission.state === 'sent' && sameClaim(submission.payload, this.session!.submitPayload());
    if (sent)
      return renderSubmitted(submission, this.session!.draftTitle(), () =>
        this.#savePdf(submission.pdf),
      );
    const sending = submission.state === 'sending';
    return html`
      <div class="actions">
        <button type="button" class=${pdf?.ok ? 'secondary' : 'primary'} @click=${this.#makePdf} aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.busy ? 'PDF を作成しています…' : pdf?.ok ? 'PDF を作り直す' : 'PDF を作成'}
        </button>
      </div>
      ${pdf && !pdf.ok ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${pdf.message}</p>` : nothing}
      ${
        pdf?.ok
          ? html`<div class="actions">
            <button type="button" class="secondary" @click=${() => this.#savePdf(pdf)}>PDF を保存</button>
            <button type="button" class="secondary" @click=${() => printPdf(pdf.blob, this.renderRoot)}>印刷</button>
            <button type="button" class="primary submit" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'} @click=${this.#submit}>
              ${sending ? '送信しています…' : '提出する'}
            </button>
          </div>`
          : nothing
      }
      ${submission.state === 'failed' ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${submission.message}</p>` : nothing}
    `;
  }

  #renderNavigation() {
    const session = this.session!;
    const steps = session.visibleSteps();
    const index = steps.findIndex((s) => s.id === session.step.id);
    const kind = session.step.kind ?? 'form';
    const nextLabel =
      kind === 'intro' ? '入力をはじめる' : kind === 'review' ? 'この内容で確定する' : '次へ';
    const toReview = this.returnToReview && kind !== 'review';
    return html`<div class="navigation">
      ${index > 0 ? html`<button type="button" class="secondary" @click=${this.#back}>戻る</button>` : nothing}
      ${toReview ? html`<button type="button" class="primary" @click=${this.#backToReview}>確認に戻る</button>` : nothing}
      ${index < steps.length - 1 && !toReview ? html`<button type="button" class="primary" @click=${this.#next}>${nextLabel}</button>` : nothing}
    </div>`;
  }

  /** The form's menu: export the draft at any time, and 元に戻す away from 戻る/次へ. */
  #renderTools() {
    const undoLabel = this.#undo?.label;
    return html`<div class="tools">
      <button type="button" class="tertiary" @click=${this.#exportDraft}>ファイルに書き出す</button>
      ${undoLabel ? html`<button type="button" class="tertiary undo" @click=${this.#undoLast}>元に戻す：${undoLabel}</button>` : nothing}
    </div>`;
  }

  #renderStorage() {
    const autosave = this.autosave;
    if (!autosave) return nothing;
    const status = autosave.status;
    if (status.state === 'conflict' && autosave.conflict) {
      return html`<div class="notice warning" role="alert">
        <p>${status.message}</p>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => autosave.keepMine()}>この画面の内容で保存する</button>
          <button type="button" class="secondary" @click=${() => autosave.takeTheirs()}>別の画面の内容にする</button>
          <button type="button" class="secondary" @click=${() => autosave.saveMineAsCopy()}>この画面の内容を別の下書きとして保存</button>
        </div>
      </div>`;
    }
    if (status.state === 'unavailable' || status.state === 'full' || status.state === 'failed') {
      return html`<div class="notice warning" role="alert">
        <p>${status.message}</p>
        <button type="button" class="secondary" @click=${this.#exportDraft}>下書きをファイルに書き出す</button>
      </div>`;
    }
    return html`<koiki-save-status .autosave=${autosave}></koiki-save-status>`;
  }
}

/** In place of the amounts until the calculator's code is there: not computed yet, not 0円. */
const amountsPending = html`<p class="amounts-pending" role="status">金額を計算しています…</p>`;

/** Statuses the runner draws itself as a notice (a conflict, a failure): those that carry a message. */
function isNotice(status: StorageStatus | undefined): boolean {
  return status !== undefined && 'message' in status;
}

/** An item just removed from a 'sections' field, while its removal can be undone. */
interface SectionRemoval {
  path: string;
  index: number;
  heading: string;
  message: string;
  /** The session's data right after the removal. */
  data: unknown;
}

function mimeOf(attachment: Attachment): string {
  return attachment.kind === 'pdf'
    ? 'application/pdf'
    : attachment.kind === 'png'
      ? 'image/png'
      : 'image/jpeg';
}

if (!customElements.get('koiki-form-runner'))
  customElements.define('koiki-form-runner', KoikiFormRunner);
