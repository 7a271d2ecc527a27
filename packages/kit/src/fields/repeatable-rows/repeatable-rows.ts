// Repeatable rows: a list of rows of kit fields (people, facilities, cost items), described by
// `columns` (data, the same shape as a form definition's row fields), so a renderer can drive it
// without writing templates. Add, remove with undo, reorder with focus following the row, a total
// for each 円 column, and a polite live region that says what changed.
import { formatYenAmount } from '@koiki/schemas';
import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { repeatableRowsStyles } from './repeatable-rows.styles.ts';
import { rowMessages as messages } from './repeatable-rows-messages.ts';
import { emptyCellValue, type RowColumn, renderCell } from './row-column.ts';
import {
  columnTotal,
  indexAfterMove,
  insertAt,
  moveItem,
  reindexCells,
  removeAt,
} from './row-operations.ts';

export type Row = Readonly<Record<string, unknown>>;

/** Detail of koiki-change from the rows: the field contract's detail plus each cell's raw text. */
export interface RowsChangeDetail {
  value: readonly Row[];
  raw: string;
  valid: boolean;
  /** Text a cell could not parse, keyed 'rowIndex.path' ('2.salary'), like the engine's raw paths. */
  cellRaw: Readonly<Record<string, string>>;
}

interface Removed {
  row: Row;
  key: number;
  index: number;
  cellRaw: Record<string, string>;
}

let nextKey = 0;

export class KoikiRepeatableRows extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { attribute: false },
    columns: { attribute: false },
    cellRaw: { attribute: false },
    cellErrors: { attribute: false },
    root: { attribute: false },
    minRows: { type: Number, attribute: 'min-rows' },
    maxRows: { type: Number, attribute: 'max-rows' },
    removed: { state: true },
    status: { state: true },
  };
  static override styles = [fieldStyles, repeatableRowsStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  /** The rows, each an object keyed by column path. */
  value: readonly Row[] = [];
  /** Always '': unparsed text lives per cell in `cellRaw`. */
  raw = '';
  error = '';
  submitted = false;
  columns: readonly RowColumn[] = [];
  /** Unparsed cell text keyed 'rowIndex.path'; give back what koiki-change reported. */
  cellRaw: Readonly<Record<string, string>> = {};
  /** Errors for cells keyed 'rowIndex.path' (the engine's issues under this array's path). */
  cellErrors: Readonly<Record<string, string>> = {};
  /** Passed to each column's `when` (the whole form's data, for example). */
  root: unknown = undefined;
  /** Rows always shown; fewer are filled with empty rows and cannot be removed. */
  minRows = 0;
  /** Most rows allowed; 0 for no limit. */
  maxRows = 0;

  /** The last removed row, offered back until the next change of rows. */
  private removed: Removed | null = null;
  private status = '';
  /** One stable key per row, so moving a row moves its fields (and focus) with it. */
  private keys: number[] = [];
  private keyedValue: readonly Row[] | null = null;

  readonly field: FieldController<readonly Row[]> = new FieldController<readonly Row[]>(this, {
    isEmpty: (value) => value.every((row) => Object.values(row).every(isBlank)),
    toFormValue: (value) => JSON.stringify(value),
    fromFormState: (state) => ({ value: parseRows(state), raw: '' }),
    check: () => this.rowProblems(),
    missingMessage: messages.missing,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('.cells > *, button.add'),
  });

  constructor() {
    super();
    this.addEventListener('koiki-change', (event) => {
      // The controller's koiki-change gets the cell raw text too (RowsChangeDetail).
      if (event.composedPath()[0] === this)
        Object.assign((event as CustomEvent).detail, { cellRaw: this.cellRaw });
    });
    this.addEventListener('koiki-blur', (event) => {
      // A cell's blur is not ours: only focus leaving the whole list is (see onFocusOut).
      if (event.composedPath()[0] !== this) event.stopPropagation();
    });
  }

  override focus(options?: FocusOptions): void {
    this.field.focus(options);
  }

  formResetCallback(): void {
    this.removed = null;
    this.status = '';
    this.cellRaw = {};
    this.field.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.field.restore(state);
  }

  protected override willUpdate(): void {
    if (this.value.length < this.minRows) {
      const padding = Array.from({ length: this.minRows - this.value.length }, () =>
        this.emptyRow(),
      );
      this.value = [...this.value, ...padding];
    }
    // Rows set from outside (a draft) get fresh keys; our own changes keep theirs.
    if (this.value !== this.keyedValue) {
      if (this.keys.length !== this.value.length) this.keys = this.value.map(() => nextKey++);
      this.keyedValue = this.value;
    }
  }

  /** 'N行目' list of rows whose cells report a problem, or ''. */
  private rowProblems(): string {
    const rows = new Set<number>();
    for (const key of Object.keys(this.cellRaw)) rows.add(Number(key.split('.')[0]));
    const cells = this.renderRoot?.querySelectorAll<
      HTMLElement & { field?: FieldController<unknown> }
    >('.cells > *');
    for (const cell of cells ?? []) {
      if (cell.field?.ownMessage)
        rows.add(Number(cell.closest<HTMLElement>('.row')!.dataset.index));
    }
    if (rows.size === 0) return '';
    const list = [...rows].sort((a, b) => a - b).map((i) => messages.row(i + 1));
    return messages.rowProblems(list.join('、'));
  }

  private emptyRow(): Row {
    return Object.fromEntries(this.columns.map((c) => [c.path, emptyCellValue(c.control)]));
  }

  /** Stores new rows (and keys, cell raw text), tells the host, and says `announcement`. */
  private commit(rows: Row[], keys: number[], cellRaw: Record<string, string>, announcement = '') {
    this.keys = keys;
    this.keyedValue = rows;
    this.cellRaw = cellRaw;
    if (announcement) this.status = announcement;
    this.field.commitInput(rows, '');
  }

  private onCellChange(
    index: number,
    path: string,
    event: CustomEvent<{ value: unknown; raw: string }>,
  ) {
    // The row's own change replaces the cell's: the host listens to this element only.
    event.stopPropagation();
    const rows = this.value.map((row, i) =>
      i === index ? { ...row, [path]: event.detail.value } : row,
    );
    const cellRaw = { ...this.cellRaw };
    if (event.detail.raw) cellRaw[`${index}.${path}`] = event.detail.raw;
    else delete cellRaw[`${index}.${path}`];
    this.commit(rows, this.keys, cellRaw);
  }

  private async addRow(): Promise<void> {
    const index = this.value.length;
    this.removed = null;
    this.commit(
      insertAt(this.value, index, this.emptyRow()),
      insertAt(this.keys, index, nextKey++),
      this.cellRaw,
      messages.added(index + 1),
    );
    await this.updateComplete;
    this.focusRow(index);
  }

  private async removeRow(index: number): Promise<void> {
    const row = this.value[index];
    const key = this.keys[index];
    if (!row || key === undefined) return;
    const own = Object.fromEntries(
      Object.entries(this.cellRaw).filter(([k]) => k.startsWith(`${index}.`)),
    );
    this.removed = { row, key, index, cellRaw: own };
    const cellRaw = reindexCells(this.cellRaw, (i) =>
      i === index ? undefined : i > index ? i - 1 : i,
    );
    this.commit(
      removeAt(this.value, index),
      removeAt(this.keys, index),
      cellRaw,
      messages.removed(index + 1),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice button')?.focus();
  }

  private async undo(): Promise<void> {
    const removed = this.removed;
    if (!removed) return;
    this.removed = null;
    const shifted = reindexCells(this.cellRaw, (i) => (i >= removed.index ? i + 1 : i));
    this.commit(
      insertAt(this.value, removed.index, removed.row),
      insertAt(this.keys, removed.index, removed.key),
      { ...shifted, ...removed.cellRaw },
      messages.undone(removed.index + 1),
    );
    await this.updateComplete;
    this.focusRow(removed.index);
  }

  private async moveRow(from: number, to: number, direction: 'up' | 'down'): Promise<void> {
    this.removed = null;
    const cellRaw = reindexCells(this.cellRaw, (i) => indexAfterMove(i, from, to));
    this.commit(
      moveItem(this.value, from, to),
      moveItem(this.keys, from, to),
      cellRaw,
      messages.moved(from + 1, to + 1),
    );
    await this.updateComplete;
    // Focus follows the row: the same button, or the other one at the top or bottom.
    const row = this.renderRoot.querySelector(`.row[data-index="${to}"]`);
    const same = row?.querySelector<HTMLElement>(`button.${direction}`);
    const other = row?.querySelector<HTMLElement>(`button.${direction === 'up' ? 'down' : 'up'}`);
    (same ?? other)?.focus();
  }

  private focusRow(index: number): void {
    const row = this.renderRoot.querySelector(`.row[data-index="${index}"]`);
    row?.querySelector<HTMLElement>('.cells > *')?.focus();
  }

  private renderRow(row: Row, index: number) {
    const count = this.value.length;
    const n = index + 1;
    const canRemove = count > this.minRows;
    return html`<li class="row" part="row" data-index=${index}>
      <fieldset>
        <legend>${messages.row(n)}</legend>
        <div class="cells">
          ${this.columns
            .filter((column) => column.when?.({ ...row }, this.root) ?? true)
            .map((column) =>
              renderCell(column, {
                value: row[column.path],
                raw: this.cellRaw[`${index}.${column.path}`] ?? '',
                error: this.cellErrors[`${index}.${column.path}`] ?? '',
                submitted: this.submitted,
                onChange: (event) => this.onCellChange(index, column.path, event),
              }),
            )}
        </div>
        ${this.renderActions(index, canRemove)}
      </fieldset>
    </li>`;
  }

  /** Only the moves and removal that apply (no disabled buttons): the first row has no 「上へ」. */
  private renderActions(index: number, canRemove: boolean) {
    const n = index + 1;
    const up = index > 0;
    const down = index < this.value.length - 1;
    if (!up && !down && !canRemove) return nothing;
    return html`<div class="actions">
      ${
        up
          ? html`<button type="button" class="up" aria-label=${messages.upName(n)}
            @click=${() => this.moveRow(index, index - 1, 'up')}>${messages.up}</button>`
          : nothing
      }
      ${
        down
          ? html`<button type="button" class="down" aria-label=${messages.downName(n)}
            @click=${() => this.moveRow(index, index + 1, 'down')}>${messages.down}</button>`
          : nothing
      }
      ${
        canRemove
          ? html`<button type="button" class="remove" aria-label=${messages.removeName(n)}
            @click=${() => this.removeRow(index)}>${messages.remove}</button>`
          : nothing
      }
    </div>`;
  }

  private renderTotals() {
    const amountColumns = this.columns.filter((column) => column.control === 'yen');
    if (amountColumns.length === 0 || this.value.length === 0) return nothing;
    return html`<div class="totals" part="totals">
      ${amountColumns.map(
        (column) => html`<p class="total">
          ${messages.total(column.label)} ${formatYenAmount(columnTotal(this.value, column.path))}
        </p>`,
      )}
    </div>`;
  }

  protected override render() {
    const full = this.maxRows > 0 && this.value.length >= this.maxRows;
    return html`
      <fieldset aria-describedby=${this.field.describedBy()} @focusout=${this.onFocusOut}>
        ${this.field.renderLegend()}
        <div class="after-legend">
          ${this.field.renderHint()}
          <ol part="rows">
            ${repeat(
              this.value,
              (_, i) => this.keys[i] ?? i,
              (row, i) => this.renderRow(row, i),
            )}
          </ol>
          ${
            this.removed
              ? html`<div class="notice" part="undo">
                <p>${messages.removed(this.removed.index + 1)}</p>
                <button type="button" @click=${this.undo}>${messages.undo}</button>
              </div>`
              : nothing
          }
          ${
            full
              ? html`<p class="max">${messages.max(this.maxRows)}</p>`
              : html`<button type="button" class="add" part="add" @click=${this.addRow}>
                ${messages.add}
              </button>`
          }
          ${this.renderTotals()} ${this.field.renderError()}
        </div>
      </fieldset>
      <p class="visually-hidden" role="status" part="status">${this.status}</p>
    `;
  }

  private onFocusOut(event: FocusEvent): void {
    this.field.onFocusOut(event);
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function parseRows(state: string | File | FormData | null): Row[] {
  if (typeof state !== 'string') return [];
  try {
    const rows = JSON.parse(state);
    return Array.isArray(rows) ? rows : [];
  } catch {
    return [];
  }
}
