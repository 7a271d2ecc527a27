// A paste of spreadsheet rows into the table: each column's text is read by that column's parser
// (the control registry's DOM-free half); what cannot be read is kept as typed and flagged.
import { type ControlContext, controlKinds } from '@koiki/schemas';
import { rowMessages as messages } from './repeatable-rows-messages.ts';
import { appliesToRow, isConditional, type RowColumn } from './row-column.ts';
import { withCell } from './row-operations.ts';

type Row = Readonly<Record<string, unknown>>;

export interface PasteInput {
  rows: readonly Row[];
  cellRaw: Readonly<Record<string, string>>;
  /** The row the paste starts at (rows beyond the end are added). */
  startRow: number;
  /** The columns the pasted cells fill, left to right. */
  columns: readonly RowColumn[];
  /** The pasted lines (header lines already dropped), each a list of cell texts. */
  lines: readonly (readonly string[])[];
  emptyRow(): Row;
  context: ControlContext;
}

export interface PasteResult {
  rows: Row[];
  cellRaw: Record<string, string>;
  /** Why a cell could not be read, by 'rowIndex.path'. */
  problems: Record<string, string>;
}

/**
 * The rows after the paste. Pure: nothing is changed in place. A row's own answers are read
 * first, then its conditional cells: one that applies to the row is filled; a value for one that
 * does not (「その他の内容」 beside a 職種 that is not その他) is kept as typed and flagged, so it
 * is neither lost nor used, and shows in its cell if the answer is changed to reveal it.
 */
export function pasteRows(input: PasteInput): PasteResult {
  const rows = [...input.rows];
  const cellRaw = { ...input.cellRaw };
  const problems: Record<string, string> = {};
  const order = [
    ...input.columns.filter((column) => !isConditional(column)),
    ...input.columns.filter(isConditional),
  ];
  input.lines.forEach((cells, offset) => {
    const index = input.startRow + offset;
    let row: Record<string, unknown> = { ...(rows[index] ?? input.emptyRow()) };
    for (const column of order) {
      const text = (cells[input.columns.indexOf(column)] ?? '').trim();
      const key = `${index}.${column.path}`;
      delete cellRaw[key];
      if (text === '') {
        row = withCell(row, column.path, undefined);
        continue;
      }
      if (isConditional(column) && !appliesToRow(column, row, input.context.root)) {
        row = withCell(row, column.path, undefined);
        cellRaw[key] = text;
        problems[key] = messages.notAskedCell(text, column.label);
        continue;
      }
      // A choice computed from the data reads its options for this row.
      const entry = controlKinds[column.control];
      const result = entry.parse(text, column, { ...input.context, scope: row });
      row = withCell(row, column.path, result.ok ? result.value : undefined);
      if (result.ok) continue;
      cellRaw[key] = text;
      problems[key] = messages.unreadableCell(text, result.message);
    }
    rows[index] = row;
  });
  return { rows, cellRaw, problems };
}
