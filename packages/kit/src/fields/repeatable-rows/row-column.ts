import { type ControlKind, controlKinds, type DantaiKind, questionOptions } from '@koiki/schemas';

/**
 * One column of every row: the shape of a form definition's field, with `path` relative to the
 * row ('salary'). A definition's row fields can be passed as they are.
 */
export interface RowColumn {
  path: string;
  label: string;
  /** An entry of the control registry; kinds that cannot be cells show their display text. */
  control: ControlKind;
  /** ※必須; a function when it depends on the row's answers (e.g. 負担金 only under 自治法派遣). */
  // biome-ignore lint/suspicious/noExplicitAny: a row's type is the form's, not known here
  required?: boolean | ((row: any, root: unknown) => boolean);
  hint?: string;
  options?: { value: string; label: string }[];
  /** For a choice: the options computed from the row and the whole data (`root`). */
  // biome-ignore lint/suspicious/noExplicitAny: a row's type is the form's, not known here
  optionsFrom?: (row: any, root: unknown) => { value: string; label: string }[];
  maxLength?: number;
  /** For 'dantai': the kinds offered. */
  kinds?: readonly DantaiKind[];
  /** A total of this 円 column is shown under the table. */
  total?: boolean;
  /** For 'info' cells: the derived text of the row. */
  // biome-ignore lint/suspicious/noExplicitAny: a row's type is the form's, not known here
  display?: (row: any, root: unknown) => string;
  /**
   * Set on a follow-up question: it shows only under some answers of the row's `question` (the
   * host's `cellShown` decides what shows; a paste reads `answers` to fill the cell or not).
   */
  revealedBy?: { question: string; answers?: readonly unknown[] };
  /** The cell is hidden (its value kept) when this is false; `root` is the rows' `root` property. */
  // biome-ignore lint/suspicious/noExplicitAny: a row's type is the form's, not known here
  when?: (row: any, root: unknown) => boolean;
}

/** The value a new, empty cell starts with, as its control expects it. */
export function emptyCellValue(control: ControlKind): unknown {
  const { empty } = controlKinds[control];
  return Array.isArray(empty) ? [] : empty;
}

/** True for a column shown only under some answers (its own `when`, or a follow-up question). */
export function isConditional(column: RowColumn): boolean {
  return Boolean(column.when || column.revealedBy);
}

/** True for a column filled by typing or pasting (not a derived text). */
export function isPasteColumn(column: RowColumn): boolean {
  return controlKinds[column.control].cell && column.control !== 'info';
}

/**
 * True when the column is asked in `row` as its own answers stand: the answer that reveals it is
 * chosen (a ticked box counts) and its `when` holds. Without listed answers, `when` alone decides.
 */
export function appliesToRow(column: RowColumn, row: unknown, root: unknown): boolean {
  const reveal = column.revealedBy;
  if (reveal?.answers) {
    const value = (row as Record<string, unknown> | undefined)?.[reveal.question];
    const chosen = Array.isArray(value) ? value : [value];
    if (!chosen.some((answer) => reveal.answers?.includes(answer))) return false;
  }
  return column.when?.(row, root) ?? true;
}

/** True when the column is ※必須 for this row. */
export function isRequiredCell(column: RowColumn, row: unknown, root: unknown): boolean {
  return typeof column.required === 'function'
    ? column.required(row, root)
    : column.required === true;
}

/** The options a choice cell offers in this row: computed from the data, or the column's own. */
export function cellOptions(
  column: RowColumn,
  row: unknown,
  root: unknown,
): readonly { value: string; label: string }[] | undefined {
  return column.optionsFrom ? questionOptions(column, { scope: row, root }) : column.options;
}
