// <koiki-rollup>: the prefecture's 取りまとめ in one element. Files in (picked or dropped), each
// claim checked against the others, a table, totals, a detail per claim, export and print. The
// received set lives in IndexedDB (its own database) across reloads. The core, the store and the
// spreadsheet code load on first use, so the one script tag stays small; files are read and
// exported in workers, so the page stays responsive.
import { html, LitElement, nothing } from 'lit';
import type { RefusedFile } from '../received-claim.ts';
import type { CheckedClaim, RollupReport } from '../rollup-report.ts';
import type { RollupStore } from '../store/rollup-store.ts';
import type { StoredClaim } from '../store/stored-claim.ts';
import { renderDetail } from './claim-detail.ts';
import {
  pageOf,
  type RowFilter,
  type RowSort,
  rowsPerPage,
  type SortKey,
  visibleRows,
} from './claim-rows.ts';
import { downloadFile, tokyoDate } from './download-file.ts';
import { exportInWorker } from './export-in-worker.ts';
import { type Progress, renderDropZone, renderProgress, renderRefused } from './intake-view.ts';
import { rollupStyles } from './koiki-rollup.styles.ts';
import { readFiles } from './read-files.ts';
import { startReaderPool } from './read-worker-pool.ts';
import { renderTable } from './rollup-table.ts';
import { rollupText as t } from './rollup-text.ts';
import { renderTools } from './rollup-tools.ts';
import { renderTotals } from './rollup-totals.ts';
import { renderPager } from './table-pager.ts';

type Support = typeof import('./rollup-support.ts');

/** Detail of `koiki-rollup-open`: a claim the host may show read-only (e.g. `assistant.view`). */
export interface OpenClaimDetail {
  formId: string;
  schemaVersion: number;
  data: unknown;
  fileName: string;
}

export class KoikiRollup extends LitElement {
  static override properties = {
    database: { type: String },
    claims: { state: true },
    report: { state: true },
    refused: { state: true },
    progress: { state: true },
    sort: { state: true },
    filter: { state: true },
    page: { state: true },
    printing: { state: true },
    dantaiOpen: { state: true },
    selectedId: { state: true },
    announcement: { state: true },
    notice: { state: true },
    confirmingClear: { state: true },
    dragging: { state: true },
  };
  static override styles = rollupStyles;

  /** The IndexedDB database the received set is kept in. */
  database = 'koiki-rollup';
  claims: StoredClaim[] = [];
  report: RollupReport | undefined = undefined;
  refused: RefusedFile[] = [];
  progress: Progress | undefined = undefined;
  sort: RowSort = { key: 'received', ascending: true };
  filter: RowFilter = { status: 'all', text: '' };
  /** The page of the table shown (0-based). */
  page = 0;
  /** While printing, every row is in the table, not one page. */
  printing = false;
  /** Whether the per-団体 totals are open (their table is drawn only then). */
  dantaiOpen = false;
  selectedId: string | undefined = undefined;
  /** Said politely to screen readers (progress, results, sorting). */
  announcement = '';
  /** A problem with storage or checking, shown until the next one. */
  notice = '';
  confirmingClear = false;
  dragging = false;

  #support: Promise<Support> | undefined;
  #store: Promise<RollupStore | undefined> | undefined;
  /** Operations run one after another (a drop while checking waits its turn). */
  #queue: Promise<void> = Promise.resolve();
  #lastAnnounced = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#enqueue(() => this.#restore());
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    void this.#store?.then((store) => store?.close());
    this.#store = undefined;
  }

  /** Resolves when every operation started so far (reading, checking, saving) is done. */
  get settled(): Promise<void> {
    return this.#queue;
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queue = this.#queue.then(work).catch((error: unknown) => {
      this.notice = t.checkFailed(error instanceof Error ? error.message : String(error));
      this.progress = undefined;
    });
  }

  #loadSupport(): Promise<Support> {
    this.#support ??= import('./rollup-support.ts');
    return this.#support;
  }

  #openStore(): Promise<RollupStore | undefined> {
    this.#store ??= this.#loadSupport()
      .then((support) => support.openRollupStore(this.database))
      .catch(() => {
        this.notice = t.storageUnavailable;
        return undefined;
      });
    return this.#store;
  }

  /** Writes to the store; a failure is shown, and the set stays on screen. */
  async #save(write: (store: RollupStore) => Promise<void>): Promise<void> {
    const store = await this.#openStore();
    if (!store) return;
    try {
      await write(store);
    } catch {
      this.notice = t.storageFailed;
    }
  }

  async #restore(): Promise<void> {
    const store = await this.#openStore();
    if (!store) return;
    try {
      const { claims, unreadable } = await store.list();
      if (unreadable > 0) this.notice = t.unreadableStored(unreadable);
      this.claims = claims;
    } catch {
      this.notice = t.storageFailed;
    }
    if (this.claims.length > 0) await this.#check();
  }

  #announce(text: string, done: number, total: number): void {
    // Every tenth of the work, not every file: a screen reader would else read nothing else.
    const step = Math.max(1, Math.ceil(total / 10));
    if (done === total || done - this.#lastAnnounced >= step) {
      this.#lastAnnounced = done;
      this.announcement = text;
    }
  }

  #onProgress = (phase: Progress['phase']) => (done: number, total: number) => {
    this.progress = { phase, done, total };
    this.#announce(
      phase === 'reading' ? t.reading(done, total) : t.checking(done, total),
      done,
      total,
    );
  };

  async #check(): Promise<void> {
    const support = await this.#loadSupport();
    this.#lastAnnounced = 0;
    this.report = await support.checkClaims(this.claims, {
      onProgress: this.#onProgress('checking'),
    });
    this.progress = undefined;
    this.dispatchEvent(
      new CustomEvent('koiki-rollup-report', {
        detail: this.report,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Host API: reads `files` into the received set (refused ones are listed with their reason). */
  addFiles(files: readonly File[]): Promise<void> {
    if (files.length > 0) this.#enqueue(() => this.#addFiles(files));
    return this.settled;
  }

  async #addFiles(files: readonly File[]): Promise<void> {
    const support = await this.#loadSupport();
    this.notice = '';
    this.#lastAnnounced = 0;
    this.progress = { phase: 'reading', done: 0, total: files.length };
    // Workers only for a batch: one file is read sooner on the page than a worker starts.
    const pool = files.length > 1 ? startReaderPool() : undefined;
    const read = await readFiles(files, support.readClaimFile, this.#onProgress('reading'), pool);
    pool?.stop();
    let seq = this.claims.reduce((max, claim) => Math.max(max, claim.seq), 0);
    const added = read.claims.map((claim) => ({ ...claim, seq: ++seq }));
    this.refused = [...this.refused, ...read.refused];
    this.claims = [...this.claims, ...added];
    await this.#save((store) => store.add(added));
    await this.#check();
    this.announcement = t.readDone(added.length, read.refused.length);
  }

  #remove(claim: CheckedClaim): void {
    this.#enqueue(async () => {
      this.claims = this.claims.filter((c) => c.id !== claim.id);
      await this.#save((store) => store.remove(claim.id));
      this.selectedId = undefined;
      await this.#check();
      this.announcement = t.removed(claim.fileName);
      await this.#focusTable();
    });
  }

  #replace(claim: CheckedClaim, file: File): void {
    this.#enqueue(async () => {
      const support = await this.#loadSupport();
      const read = await readFiles([file], support.readClaimFile, () => {});
      const next = read.claims[0];
      if (!next) {
        this.notice = t.replaceRefused(file.name, read.refused[0]?.message ?? t.unreadableFile);
        return;
      }
      const old = this.claims.find((c) => c.id === claim.id);
      const stored: StoredClaim = { ...next, seq: old?.seq ?? 0 };
      this.claims = this.claims.map((c) => (c.id === claim.id ? stored : c));
      await this.#save((store) => store.replace(claim.id, stored));
      await this.#check();
      this.selectedId = stored.id;
      this.announcement = t.replaced(file.name);
    });
  }

  #clearAll(): void {
    this.#enqueue(async () => {
      this.claims = [];
      this.refused = [];
      this.confirmingClear = false;
      this.selectedId = undefined;
      await this.#save((store) => store.clear());
      await this.#check();
      this.announcement = t.cleared;
    });
  }

  async #export(kind: 'xlsx' | 'csv'): Promise<void> {
    const report = this.report;
    if (!report) return;
    this.announcement = t.exporting;
    try {
      const xlsx = kind === 'xlsx';
      const bytes =
        (await exportInWorker(kind, report, this.refused)) ??
        (await this.#exportOnPage(kind, report, this.refused));
      const fileName = `取りまとめ表_${tokyoDate()}.${kind}`;
      const type = xlsx
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv;charset=utf-8';
      downloadFile(bytes, fileName, type, this.renderRoot);
      this.announcement = t.exported(fileName);
    } catch {
      this.notice = t.exportFailed;
    }
  }

  /** The export where no worker can start: the same functions, on the main thread. */
  async #exportOnPage(
    kind: 'xlsx' | 'csv',
    report: RollupReport,
    refused: readonly RefusedFile[],
  ): Promise<Uint8Array> {
    const support = await this.#loadSupport();
    return kind === 'xlsx'
      ? support.rollupToXlsx(report, refused)
      : support.rollupToCsv(report, refused);
  }

  async #focusTable(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#table-title')?.focus();
  }

  async #showDetail(id: string | undefined): Promise<void> {
    const from = this.selectedId;
    this.selectedId = id;
    await this.updateComplete;
    if (id) {
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      return;
    }
    const row = from
      ? this.renderRoot.querySelector(`tr[data-id="${CSS.escape(from)}"] button`)
      : null;
    (row as HTMLElement | null)?.focus();
  }

  // Printing shows every row; the page is drawn at once, before the browser lays out for paper.
  #beforePrint = () => {
    this.printing = true;
    this.performUpdate();
  };

  #afterPrint = () => {
    this.printing = false;
  };

  async #print(): Promise<void> {
    this.#beforePrint();
    await this.updateComplete;
    window.print();
  }

  #goToPage = (page: number) => {
    this.page = page;
    const shown = pageOf(visibleRows(this.report?.claims ?? [], this.filter, this.sort), page);
    this.announcement = t.pageShown(shown.first, shown.last);
  };

  #tableHost = {
    onSort: (key: SortKey) => {
      const ascending = this.sort.key === key ? !this.sort.ascending : true;
      this.sort = { key, ascending };
      this.page = 0;
      const label = { ...t.columns, received: '' }[key];
      this.announcement = t.sorted(label, ascending);
    },
    onFilter: (change: Partial<RowFilter>) => {
      this.filter = { ...this.filter, ...change };
      this.page = 0;
      const shown = visibleRows(this.report?.claims ?? [], this.filter, this.sort).length;
      this.announcement = t.shownRows(shown, this.report?.claims.length ?? 0);
    },
    onDetail: (id: string) => void this.#showDetail(id),
  };

  #detailHost = {
    onBack: () => void this.#showDetail(undefined),
    onOpen: (claim: CheckedClaim) => {
      const received = this.claims.find((c) => c.id === claim.id);
      if (!received) return;
      const detail: OpenClaimDetail = {
        formId: received.formId,
        schemaVersion: received.schemaVersion,
        data: received.data,
        fileName: received.fileName,
      };
      this.dispatchEvent(
        new CustomEvent('koiki-rollup-open', { detail, bubbles: true, composed: true }),
      );
    },
    onReplace: (claim: CheckedClaim, file: File) => this.#replace(claim, file),
    onRemove: (claim: CheckedClaim) => this.#remove(claim),
  };

  // ── rendering ──

  override render() {
    const selected = this.report?.claims.find((c) => c.id === this.selectedId);
    return html`<section class="root" aria-labelledby="title" lang="ja">
      <h2 id="title" part="title">${t.title}</h2>
      <p class="intro no-print">${t.intro}</p>
      ${renderDropZone({
        dragging: this.dragging,
        onFiles: (files) => void this.addFiles(files),
        onDragging: (dragging) => {
          this.dragging = dragging;
        },
      })}
      ${renderProgress(this.progress)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      ${renderRefused(this.refused, () => {
        this.refused = [];
      })}
      ${selected ? renderDetail(this.#detailHost, selected) : nothing}
      <div ?hidden=${selected !== undefined}>${this.#renderResults()}</div>
    </section>`;
  }

  #renderResults() {
    const report = this.report;
    if (!report || report.claims.length === 0) return html`<p class="empty">${t.empty}</p>`;
    const rows = visibleRows(report.claims, this.filter, this.sort);
    const page = pageOf(rows, this.page, this.printing ? Math.max(1, rows.length) : rowsPerPage);
    return html`<section aria-labelledby="table-title">
        <h3 id="table-title" tabindex="-1">${t.tableTitle}</h3>
        ${renderTable({ ...this.#tableHost, sort: this.sort, filter: this.filter }, page, rows.length, report.claims.length)}
        ${renderPager(page, rows.length, this.#goToPage)}
      </section>
      <section class="totals-section" aria-labelledby="totals-title">
        <h3 id="totals-title">${t.totalsTitle}</h3>
        ${renderTotals(report, this.dantaiOpen, (open) => {
          this.dantaiOpen = open;
        })}
      </section>
      ${renderTools({
        claimCount: this.claims.length,
        confirmingClear: this.confirmingClear,
        onExport: (kind) => void this.#export(kind),
        onPrint: () => void this.#print(),
        onConfirmingClear: (confirming) => {
          this.confirmingClear = confirming;
        },
        onClearAll: () => this.#clearAll(),
      })}`;
  }
}

if (!customElements.get('koiki-rollup')) customElements.define('koiki-rollup', KoikiRollup);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-rollup': KoikiRollup;
  }
}
