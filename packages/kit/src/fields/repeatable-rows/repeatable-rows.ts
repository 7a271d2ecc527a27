// Repeatable rows as a table: one line per row on a wide screen, the cells stacked on a narrow one.
// Columns are data (the same shape as a form definition's row fields) and each cell is drawn by
// the control registry. Add, remove, reorder, paste from a spreadsheet and undo, each said in a
// polite live region. It works on its own (the value is kept inside) and under a session: every
// cell edit is also told as koiki-cell-change and every change of rows as koiki-rows-change, so a
// host can apply them to its own store and hand the rows back.
import { type ControlKind, formatYenAmount, loadDantaiList } from '@koiki/schemas';
import { html, LitElement, noChange, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { type ControlChange, controlTemplates } from '../../controls/control-templates.ts';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { pasteRows } from './paste-rows.ts';
import { repeatableRowsStyles } from './repeatable-rows.styles.ts';
import { rowMessages as messages } from './repeatable-rows-messages.ts';
import {
  cellOptions,
  emptyCellValue,
  isConditional,
  isPasteColumn,
  isRequiredCell,
  type RowColumn,
} from './row-column.ts';
import { RowDrawMemo } from './row-draw-memo.ts';
import {
  cellValue,
  columnTotal,
  indexAfterMove,
  insertAt,
  keepEqualRows,
  moveItem,
  reindexCells,
  removeAt,
  withCell,
} from './row-operations.ts';
import { isHeaderLine, isTable, parseTsv } from './tsv.ts';

export type Row = Readonly<Record<string, unknown>>;

/** What changed in the rows (cell edits come as koiki-cell-change instead). */
export type RowsOperation =
  | { kind: 'add'; index: number }
  | { kind: 'remove'; index: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'paste'; index: number; count: number }
  | { kind: 'undo' };

/** Detail of koiki-change and koiki-rows-change: the rows and each cell's unparsed text. */
export interface RowsChangeDetail {
  value: readonly Row[];
  raw: string;
  valid: boolean;
  /** Text a cell could not parse, keyed 'rowIndex.path' ('2.salary'), like the engine's raw paths. */
  cellRaw: Readonly<Record<string, string>>;
  /** Set on koiki-rows-change. */
  operation?: RowsOperation;
}

/** The rows as they were before the last remove, move or paste, offered back until the next change. */
interface UndoPoint {
  rows: readonly Row[];
  keys: number[];
  cellRaw: Readonly<Record<string, string>>;
  problems: Readonly<Record<string, string>>;
  /** What the notice says happened. */
  message: string;
  /** The row that gets focus after undoing. */
  focusRow: number;
}

let nextKey = 0;

/** Width (in rem) from which each row takes one line. */
const wideFromRem = 40;

export class KoikiRepeatableRows extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { attribute: false },
    columns: { attribute: false },
    cellRaw: { attribute: false },
    cellErrors: { attribute: false },
    root: { attribute: false },
    cellShown: { attribute: false },
    minRows: { type: Number, attribute: 'min-rows' },
    maxRows: { type: Number, attribute: 'max-rows' },
    undoPoint: { state: true },
    problems: { state: true },
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
  columns: readonly RowColumn[] = [];
  /** Unparsed cell text keyed 'rowIndex.path'; give back what koiki-change reported. */
  cellRaw: Readonly<Record<string, string>> = {};
  /** Errors for cells keyed 'rowIndex.path' (the engine's issues under this array's path). */
  cellErrors: Readonly<Record<string, string>> = {};
  /** Passed to each column's `when` and `display` (the whole form's data, for example). */
  root: unknown = undefined;
  /** Whether a cell shows, when the host decides (a session); else each column's `when`. */
  cellShown: ((index: number, path: string) => boolean) | undefined = undefined;
  /** Rows always shown; fewer are filled with empty rows and cannot be removed. */
  minRows = 0;
  /** Most rows allowed; 0 for no limit. */
  maxRows = 0;

  private undoPoint: UndoPoint | null = null;
  /** Pasted text that could not be read, by 'rowIndex.path'; a cell's flag goes when it is edited. */
  private problems: Readonly<Record<string, string>> = {};
  private status = '';
  /** One stable key per row, so moving a row moves its fields (and focus) with it. */
  private keys: number[] = [];
  private keyedValue: readonly Row[] | null = null;
  /** What each row was last drawn with, so unchanged rows are not drawn again. */
  private readonly drawn = new RowDrawMemo();

  readonly field: FieldController<readonly Row[]> = new FieldController<readonly Row[]>(this, {
    isEmpty: (value) => value.every((row) => Object.values(row).every(isBlank)),
    toFormValue: (value) => JSON.stringify(value),
    fromFormState: (state) => ({ value: parseRows(state), raw: '' }),
    check: () => this.rowProblems(),
    missingMessage: messages.missing,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('.cell > *, button.add'),
  });

  constructor() {
    super();
    this.addEventListener('koiki-change', (event) => {
      // A cell's change is told as koiki-cell-change; only the rows' own change leaves.
      if (event.composedPath()[0] !== this) event.stopImmediatePropagation();
      else Object.assign((event as CustomEvent).detail, { cellRaw: this.cellRaw });
    });
    this.addEventListener('koiki-blur', (event) => {
      // A cell's blur is told as koiki-cell-blur; only focus leaving the whole table is ours.
      if (event.composedPath()[0] !== this) event.stopImmediatePropagation();
    });
  }

  /** Sets `wide` when there is room for one line per row (40rem, as people zoom in rem). */
  private readonly sizeWatcher = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = entry.contentRect.width >= wideFromRem * rem;
    if (wide === this.hasAttribute('wide')) return;
    // Next frame: changing our height inside the observer's own callback would loop.
    requestAnimationFrame(() => this.toggleAttribute('wide', wide));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeWatcher.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeWatcher.disconnect();
  }

  override focus(options?: FocusOptions): void {
    this.field.focus(options);
  }

  /** Focuses the control at `path` relative to the rows ('2.salary'), or the first cell of that row. */
  focusPath(path: string): boolean {
    const [index = '', ...rest] = path.split('.');
    const row = this.renderRoot.querySelector(`.row[data-index="${CSS.escape(index)}"]`);
    const column = rest.join('.');
    const cell =
      (column &&
        row?.querySelector<HTMLElement>(`.cell[data-column="${CSS.escape(column)}"] > *`)) ||
      row?.querySelector<HTMLElement>('.cell > *');
    if (!cell) return false;
    cell.scrollIntoView?.({ block: 'center' });
    cell.focus();
    return true;
  }

  formAssociatedCallback(): void {
    this.field.associated();
  }

  formResetCallback(): void {
    this.undoPoint = null;
    this.problems = {};
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
    // Rows set from outside (a draft) get fresh keys; our own changes (or the host handing
    // them back, same length) keep theirs.
    if (this.value !== this.keyedValue) {
      if (this.keys.length !== this.value.length) this.keys = this.value.map(() => nextKey++);
      else if (this.keyedValue) this.value = keepEqualRows(this.keyedValue, this.value);
      this.keyedValue = this.value;
    }
  }

  /**
   * 'N行目' list of rows holding text that could not be read, or ''. Read from the cell state
   * kept here, never from the cells' DOM: this runs on every update, with 200 rows too.
   */
  private rowProblems(): string {
    const rows = new Set<number>();
    for (const key of Object.keys(this.cellRaw)) rows.add(Number(key.split('.')[0]));
    if (rows.size === 0) return '';
    const list = [...rows].sort((a, b) => a - b).map((i) => messages.row(i + 1));
    return messages.rowProblems(list.join('、'));
  }

  /** A new row holds nothing yet: each cell shows its control's empty value. */
  private emptyRow(): Row {
    return {};
  }

  /** The point to go back to before a remove, move or paste. */
  private undoPointNow(message: string, focusRow: number): UndoPoint {
    return {
      rows: this.value,
      keys: this.keys,
      cellRaw: this.cellRaw,
      problems: this.problems,
      message,
      focusRow,
    };
  }

  /** Stores new rows (and keys, cell raw text), tells the host, and says `announcement`. */
  private commit(
    rows: readonly Row[],
    keys: number[],
    cellRaw: Readonly<Record<string, string>>,
    operation: RowsOperation,
    announcement: string,
  ) {
    this.keys = keys;
    this.keyedValue = rows;
    this.cellRaw = cellRaw;
    this.status = announcement;
    this.field.commitInput(rows, '');
    const detail: RowsChangeDetail = { value: rows, raw: '', valid: true, cellRaw, operation };
    this.emit('koiki-rows-change', detail);
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private onCellChange(index: number, path: string, change: ControlChange) {
    const key = `${index}.${path}`;
    const rows = this.value.map((row, i) =>
      i === index ? withCell(row, path, change.value) : row,
    );
    const cellRaw = { ...this.cellRaw };
    if (change.raw) cellRaw[key] = change.raw;
    else delete cellRaw[key];
    this.undoPoint = null;
    if (key in this.problems) {
      const { [key]: _fixed, ...rest } = this.problems;
      this.problems = rest;
    }
    this.keyedValue = rows;
    this.cellRaw = cellRaw;
    this.emit('koiki-cell-change', { index, path, value: change.value, raw: change.raw });
    this.field.commitInput(rows, '');
  }

  private async addRow(): Promise<void> {
    const index = this.value.length;
    this.undoPoint = null;
    this.commit(
      insertAt(this.value, index, this.emptyRow()),
      insertAt(this.keys, index, nextKey++),
      this.cellRaw,
      { kind: 'add', index },
      messages.added(index + 1),
    );
    await this.updateComplete;
    this.focusRow(index);
  }

  private async removeRow(index: number): Promise<void> {
    if (!this.value[index]) return;
    const message = messages.removed(index + 1);
    const point = this.undoPointNow(message, index);
    const where = (i: number) => (i === index ? undefined : i > index ? i - 1 : i);
    this.problems = reindexCells(this.problems, where);
    this.commit(
      removeAt(this.value, index),
      removeAt(this.keys, index),
      reindexCells(this.cellRaw, where),
      { kind: 'remove', index },
      `${message}${messages.undo}ボタンで戻せます。`,
    );
    this.undoPoint = point;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice button')?.focus();
  }

  private async moveRow(from: number, to: number, direction: 'up' | 'down'): Promise<void> {
    const message = messages.moved(from + 1, to + 1);
    const point = this.undoPointNow(message, from);
    const where = (i: number) => indexAfterMove(i, from, to);
    this.problems = reindexCells(this.problems, where);
    this.commit(
      moveItem(this.value, from, to),
      moveItem(this.keys, from, to),
      reindexCells(this.cellRaw, where),
      { kind: 'move', from, to },
      message,
    );
    this.undoPoint = point;
    await this.updateComplete;
    // Focus follows the row: the same button, or the other one at the top or bottom.
    const row = this.renderRoot.querySelector(`.row[data-index="${to}"]`);
    const same = row?.querySelector<HTMLElement>(`button.${direction}`);
    const other = row?.querySelector<HTMLElement>(`button.${direction === 'up' ? 'down' : 'up'}`);
    (same ?? other)?.focus();
  }

  private async undo(): Promise<void> {
    const point = this.undoPoint;
    if (!point) return;
    this.undoPoint = null;
    this.problems = point.problems;
    this.commit(point.rows, point.keys, point.cellRaw, { kind: 'undo' }, messages.undone);
    await this.updateComplete;
    this.focusRow(Math.min(point.focusRow, this.value.length - 1));
  }

  /** Columns a paste fills, left to right: every typed column that is always shown. */
  private pasteColumns(): RowColumn[] {
    return this.columns.filter(isPasteColumn);
  }

  private onPaste = async (event: ClipboardEvent): Promise<void> => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isTable(text)) return; // one value: the cell takes it as typed
    event.preventDefault();
    const columns = this.pasteColumns();
    const at = this.pasteTarget(event);
    const startColumn = Math.max(
      0,
      columns.findIndex((column) => column.path === at.column),
    );
    const filled = columns.slice(startColumn);
    const lines = parseTsv(text);
    while (
      lines[0] &&
      isHeaderLine(
        lines[0],
        filled.map((c) => c.label),
      )
    )
      lines.shift();
    if (lines.length === 0 || filled.length === 0) return;
    const limit = this.maxRows > 0 ? Math.max(0, this.maxRows - at.row) : lines.length;
    const taken = lines.slice(0, limit);
    const needsList = filled.some((column) => column.control === 'dantai');
    const dantaiList = needsList ? await loadDantaiList() : undefined;
    const result = pasteRows({
      rows: this.value,
      cellRaw: this.cellRaw,
      startRow: at.row,
      columns: filled,
      lines: taken,
      emptyRow: () => this.emptyRow(),
      context: { dantaiList, root: this.root },
    });
    const message = messages.pasted(taken.length, at.row + 1);
    const point = this.undoPointNow(message, at.row);
    const keys = result.rows.map((_, i) => this.keys[i] ?? nextKey++);
    this.problems = { ...this.problems, ...result.problems };
    this.commit(
      result.rows,
      keys,
      result.cellRaw,
      { kind: 'paste', index: at.row, count: taken.length },
      `${message}${this.problemText(result.problems)}`,
    );
    this.undoPoint = point;
  };

  /** 「3行目 金額」… for the flagged cells, in a sentence; '' when every cell was read. */
  private problemText(problems: Readonly<Record<string, string>>): string {
    const cells = Object.keys(problems).map((key) => {
      const [index = '0', ...rest] = key.split('.');
      const column = this.columns.find((c) => c.path === rest.join('.'));
      return `${messages.row(Number(index) + 1)} ${column?.label ?? ''}`;
    });
    return cells.length > 0 ? messages.pasteProblems(cells.join('、')) : '';
  }

  /** The row and column a paste lands on: the cell it was pasted into, else a new row at the end. */
  private pasteTarget(event: Event): { row: number; column: string } {
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.classList.contains('cell')) {
        const row = node.closest<HTMLElement>('.row');
        return { row: Number(row?.dataset.index ?? 0), column: node.dataset.column ?? '' };
      }
      if (node === this) break;
    }
    return { row: this.value.length, column: '' };
  }

  private focusRow(index: number): void {
    const row = this.renderRoot.querySelector(`.row[data-index="${index}"]`);
    row?.querySelector<HTMLElement>('.cell > *')?.focus();
  }

  /** True when every row has the same cells: the labels then head the columns on a wide screen. */
  private get uniform(): boolean {
    return !this.columns.some(isConditional);
  }

  private renderRow(row: Row, index: number, cells: Readonly<Record<string, CellState>>) {
    const n = index + 1;
    const visible = this.columns.filter((column) => this.isShown(row, index, column));
    return html`<li class="row" part="row" data-index=${index}>
      <div class="row-group" role="group" aria-labelledby=${`row-${index}`}>
        <span class="row-number" id=${`row-${index}`}>${messages.row(n)}</span>
        ${visible.map((column) => this.renderCell(row, index, column, cells[column.path]))}
        ${this.renderActions(index)}
      </div>
      ${this.renderUnusedCells(index, visible, cells)}
    </li>`;
  }

  /**
   * Text kept in cells this row does not ask (pasted beside an answer that hides them): said
   * under the row, since the cell itself is not shown; it shows in its cell once revealed.
   */
  private renderUnusedCells(
    index: number,
    visible: readonly RowColumn[],
    cells: Readonly<Record<string, CellState>>,
  ) {
    const unused = this.columns.filter(
      (column) => !visible.includes(column) && cells[column.path]?.raw,
    );
    if (unused.length === 0) return nothing;
    const list = unused.map((column) => `${column.label}「${cells[column.path]?.raw}」`).join('、');
    return html`<p class="row-note" part="row-note">${messages.notAskedInRow(index + 1, list)}</p>`;
  }

  private renderCell(row: Row, index: number, column: RowColumn, state: CellState | undefined) {
    const template = controlTemplates[column.control as ControlKind];
    const path = this.name ? `${this.name}.${index}.${column.path}` : `${index}.${column.path}`;
    // A follow-up cell comes right after its question's cell and says so (conditional reveal).
    const revealOf = column.revealedBy
      ? `${path.slice(0, path.length - column.path.length)}${column.revealedBy.question}`
      : undefined;
    return html`<div class=${revealOf ? 'cell reveal' : 'cell'} data-column=${column.path}
      data-control=${column.control} data-reveal-of=${revealOf ?? nothing}>
      ${template.cell({
        path,
        // Each cell names its row, so a screen reader says 「金額（8行目）」 wherever focus lands.
        label: messages.cellLabel(column.label, index + 1),
        hint: column.hint ?? '',
        required: isRequiredCell(column, row, this.root),
        value: cellValue(row, column.path) ?? emptyCellValue(column.control),
        raw: state?.raw ?? '',
        error: state?.error ?? '',
        options: cellOptions(column, row, this.root),
        maxLength: column.maxLength,
        kinds: column.kinds,
        text: column.display?.(row, this.root) ?? '',
        onChange: (change) => this.onCellChange(index, column.path, change),
        onBlur: () => this.emit('koiki-cell-blur', { index, path: column.path }),
      })}
    </div>`;
  }

  /** Only the moves and removal that apply (no disabled buttons): the first row has no 「上へ」. */
  private renderActions(index: number) {
    const n = index + 1;
    const up = index > 0;
    const down = index < this.value.length - 1;
    const canRemove = this.value.length > this.minRows;
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
    const totalled = this.columns.filter((column) => column.total && column.control === 'yen');
    if (totalled.length === 0 || this.value.length === 0) return nothing;
    return html`<div class="totals" part="totals">
      ${totalled.map(
        (column) => html`<p class="total">
          ${messages.total(column.label)} ${formatYenAmount(columnTotal(this.value, column.path))}
        </p>`,
      )}
    </div>`;
  }

  /**
   * Column headings (and hints, shown once) for a wide screen; hidden from assistive tech: each
   * cell keeps its own label and hint.
   */
  private renderHeadings() {
    if (!this.uniform || this.value.length === 0) return nothing;
    return html`<div class="headings" aria-hidden="true">
      <span class="row-number">${messages.rowNumber}</span>
      ${this.columns.map(
        (column) =>
          html`<span class="heading" data-control=${column.control}>${column.label}${
            column.required === true ? html`<span class="badge required">※必須</span>` : nothing
          }${column.hint ? html`<span class="heading-hint">${column.hint}</span>` : nothing}</span>`,
      )}
      <span></span>
    </div>`;
  }

  /** Per row: each cell's raw text and error, grouped once so unchanged rows can skip rendering. */
  private cellStates(): Map<number, Record<string, CellState>> {
    const states = new Map<number, Record<string, CellState>>();
    const put = (key: string, part: 'raw' | 'error', text: string) => {
      const dot = key.indexOf('.');
      const index = Number(key.slice(0, dot));
      const cells = states.get(index) ?? {};
      const path = key.slice(dot + 1);
      const cell = cells[path] ?? { raw: '', error: '' };
      if (part === 'error' && cell.error) return;
      cells[path] = { ...cell, [part]: text };
      states.set(index, cells);
    };
    for (const [key, text] of Object.entries(this.cellRaw)) put(key, 'raw', text);
    for (const [key, text] of Object.entries(this.cellErrors)) put(key, 'error', text);
    for (const [key, text] of Object.entries(this.problems)) put(key, 'error', text);
    return states;
  }

  protected override render() {
    this.drawn.startRender();
    const full = this.maxRows > 0 && this.value.length >= this.maxRows;
    const states = this.cellStates();
    const count = this.value.length;
    const pasteLabels = this.pasteColumns().map((column) => column.label);
    return html`
      <fieldset aria-describedby=${this.field.describedBy('paste-help')} @focusout=${this.onFocusOut}
        @paste=${this.onPaste}>
        ${this.field.renderLegend()}
        <div class="after-legend">
          ${this.field.renderHint()}
          <p class="paste-help" id="paste-help">${messages.pasteHelp(pasteLabels.join('・'))}</p>
          <div class="table ${this.uniform ? 'uniform' : 'varied'}">
            ${this.renderHeadings()}
            <ol part="rows">
              ${repeat(
                this.value,
                (_, i) => this.keys[i] ?? i,
                (row, i) => {
                  const cells = states.get(i) ?? noCells;
                  // A keystroke changes one row object: the other rows are left as drawn.
                  const same = this.drawn.unchanged(
                    this.keys[i] ?? i,
                    row,
                    i,
                    count,
                    cellsKey(cells),
                    this.rootKey(row, i),
                    this.columns,
                    this.minRows,
                  );
                  return same ? noChange : this.renderRow(row, i, cells);
                },
              )}
            </ol>
          </div>
          ${
            this.undoPoint
              ? html`<div class="notice" part="undo">
                <p>${this.undoPoint.message}</p>
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
      <p class="visually-hidden" role="status" aria-live="polite" part="status">${this.status}</p>
    `;
  }

  /**
   * What a row's rendering reads from the root: which of its conditional cells show and their
   * derived texts. A row re-renders when these change, not on every change elsewhere.
   */
  private rootKey(row: Row, index: number): string {
    // Built up as text: most tables read nothing from the root, and then nothing is allocated.
    let key = '';
    // Indexed: this runs for every row at every keystroke, and an iterator is an allocation.
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i] as RowColumn;
      // Only a conditional column can come and go (the session hides no other cell).
      if (isConditional(column)) key += this.isShown(row, index, column) ? '1\u0000' : '0\u0000';
      if (column.display) key += `${column.display(row, this.root)}\u0000`;
      if (column.optionsFrom) key += `${JSON.stringify(cellOptions(column, row, this.root))}\u0000`;
      if (typeof column.required === 'function')
        key += isRequiredCell(column, row, this.root) ? '1\u0000' : '0\u0000';
    }
    return key;
  }

  /** The host's word when it decides (a session), else the column's own `when`. */
  private isShown(row: Row, index: number, column: RowColumn): boolean {
    if (this.cellShown) return this.cellShown(index, column.path);
    return column.when?.(row, this.root) ?? true;
  }

  private onFocusOut(event: FocusEvent): void {
    this.field.onFocusOut(event);
  }
}

interface CellState {
  raw: string;
  error: string;
}

const noCells: Readonly<Record<string, CellState>> = {};

function cellsKey(cells: Readonly<Record<string, CellState>>): string {
  return cells === noCells ? '' : JSON.stringify(cells);
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
