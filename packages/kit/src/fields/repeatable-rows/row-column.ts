import type { DantaiKind } from '@koiki/schemas';
import { html, type TemplateResult } from 'lit';
import '../choice-field/define.ts';
import '../dantai-picker/define.ts';
import '../date-field/define.ts';
import '../fiscal-year-field/define.ts';
import '../text-field/define.ts';
import '../yen-field/define.ts';

/** The kit fields a row can hold, by the same names a form definition uses for `control`. */
export type RowControl =
  | 'text'
  | 'textarea'
  | 'yen'
  | 'date'
  | 'fiscal-year'
  | 'dantai'
  | 'radio'
  | 'checkbox'
  | 'select';

/**
 * One sub-field of every row: the shape of a form definition's field, with `path` relative to the
 * row ('salary'). A definition's row fields can be passed as they are.
 */
export interface RowColumn {
  path: string;
  label: string;
  /** A control not listed in RowControl is shown as a text field. */
  control: RowControl | (string & {});
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  maxLength?: number;
  /** For 'dantai': the kinds offered. */
  kinds?: readonly DantaiKind[];
  /** The cell is hidden (its value kept) when this is false; `root` is the rows' `root` property. */
  when?: (row: Record<string, unknown>, root: unknown) => boolean;
}

/** What a cell shows and where its changes go. */
export interface CellState {
  value: unknown;
  raw: string;
  error: string;
  submitted: boolean;
  onChange: (event: CustomEvent<{ value: unknown; raw: string }>) => void;
}

/** The value a new, empty cell starts with, as its field expects it. */
export function emptyCellValue(control: string): unknown {
  if (control === 'checkbox') return [];
  if (control === 'yen' || control === 'fiscal-year') return undefined;
  return '';
}

/** The kit field for one cell. */
export function renderCell(column: RowColumn, cell: CellState): TemplateResult {
  const value = cell.value ?? emptyCellValue(column.control);
  const common = {
    label: column.label,
    hint: column.hint ?? '',
    required: column.required === true,
  };
  switch (column.control) {
    case 'yen':
      return html`<koiki-yen-field
        .label=${common.label} .hint=${common.hint} .required=${common.required}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-yen-field>`;
    case 'date':
      return html`<koiki-date-field
        .label=${common.label} .hint=${common.hint} .required=${common.required}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-date-field>`;
    case 'fiscal-year':
      return html`<koiki-fiscal-year-field
        .label=${common.label} .hint=${common.hint} .required=${common.required}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-fiscal-year-field>`;
    case 'dantai':
      return html`<koiki-dantai-picker
        .label=${common.label} .required=${common.required} .kinds=${column.kinds}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-dantai-picker>`;
    case 'radio':
    case 'checkbox':
    case 'select':
      return html`<koiki-choice-field
        .type=${column.control} .options=${column.options ?? []}
        .label=${common.label} .hint=${common.hint} .required=${common.required}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-choice-field>`;
    default:
      return html`<koiki-text-field
        .label=${common.label} .hint=${common.hint} .required=${common.required}
        .multiline=${column.control === 'textarea'} .maxLength=${column.maxLength ?? 0}
        .value=${value} .raw=${cell.raw} .error=${cell.error} .submitted=${cell.submitted}
        @koiki-change=${cell.onChange}
      ></koiki-text-field>`;
  }
}
