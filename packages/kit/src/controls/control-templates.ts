// The Lit half of the control registry: for each control kind, the kit element that asks it as a
// field on a step and as a cell of a table row. The DOM-free half (display text, parsing) is
// `controlKinds` in @koiki/schemas; both are keyed by `ControlKind`, so the compiler asks for an
// entry in each when a kind is added. Callers register the tags (see ./define-controls.ts).
import { type ControlKind, controlKinds, type DantaiKind, formatDecimal } from '@koiki/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment } from '../fields/attachment/check-attachment.ts';
import type { RowsChangeDetail } from '../fields/repeatable-rows/repeatable-rows.ts';
import type { RowColumn } from '../fields/repeatable-rows/row-column.ts';
import { type SectionsBinding, sectionsField } from './sections-control.ts';

export {
  type SectionItem,
  type SectionsBinding,
  sectionHeadingId,
  sectionsMessages,
} from './sections-control.ts';

/** A parsed value and the text that did not parse ('' when it did), as the session stores them. */
export interface ControlChange {
  value: unknown;
  raw: string;
}

/** What a table needs beyond a field's props: its columns, per-cell state and where changes go. */
export interface RowsBinding {
  columns: readonly RowColumn[];
  /** Unparsed text by 'rowIndex.path'. */
  cellRaw: Readonly<Record<string, string>>;
  /** Errors to show by 'rowIndex.path'. */
  cellErrors: Readonly<Record<string, string>>;
  /** What each column's `when` gets as its second argument (the whole form's data). */
  root: unknown;
  /** Whether a cell shows, when the host decides it (the session); else each column's `when`. */
  cellShown?: (index: number, path: string) => boolean;
  onRowsChange(detail: RowsChangeDetail): void;
  onCellChange(index: number, path: string, change: ControlChange): void;
  onCellBlur(index: number, path: string): void;
}

/** Files grouped by the checklist item they answer (the option's value). */
export interface FilesBinding {
  list(kind: string): readonly Attachment[];
  set(kind: string, attachments: readonly Attachment[]): void;
}

/** Everything any control may need; each entry reads what it uses. */
export interface ControlProps {
  /** The data path: the element's name and data-path. */
  path: string;
  label: string;
  hint: string;
  required: boolean;
  value: unknown;
  raw: string;
  error: string;
  options?: readonly { value: string; label: string }[] | undefined;
  maxLength?: number | undefined;
  /** For 'text': the HTML autocomplete token (e.g. 'work tel'), which also picks the keyboard. */
  autocomplete?: string | undefined;
  /** For 'dantai': the kinds offered. */
  kinds?: readonly DantaiKind[] | undefined;
  /** For 'info': the derived text shown. */
  text?: string;
  rows?: RowsBinding;
  /** For 'sections': the items, rendered by the host, and what add, remove and undo do. */
  sections?: SectionsBinding;
  files?: FilesBinding;
  onChange(change: ControlChange): void;
  onBlur(): void;
}

export interface ControlTemplate {
  /** The control as a question on a step, with its label, hint and error. */
  field(props: ControlProps): TemplateResult;
  /** The control inside a table row; the row styles its label as a column heading. */
  cell(props: ControlProps): TemplateResult;
}

type ChangeEvent = CustomEvent<{ value: unknown; raw: string }>;

const change = (props: ControlProps) => (event: ChangeEvent) =>
  props.onChange({ value: event.detail.value, raw: event.detail.raw ?? '' });

const both = (render: (props: ControlProps) => TemplateResult): ControlTemplate => ({
  field: render,
  cell: render,
});

const textControl = (multiline: boolean) =>
  both(
    (p) => html`<koiki-text-field data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint} .required=${p.required} ?multiline=${multiline} .maxLength=${p.maxLength ?? 0}
      .autocomplete=${p.autocomplete ?? 'off'}
      .value=${p.raw || String(p.value ?? '')} .error=${p.error}
      @koiki-change=${(e: ChangeEvent) => p.onChange({ value: e.detail.value, raw: '' })}
      @koiki-blur=${p.onBlur}></koiki-text-field>`,
  );

/** A decimal is typed as text and read by the registry's parser; unreadable text is kept. */
function decimalChange(text: string): ControlChange {
  if (text.trim() === '') return { value: undefined, raw: '' };
  const result = controlKinds.decimal.parse(text);
  return result.ok ? { value: result.value, raw: '' } : { value: undefined, raw: text };
}

const booleanOptions = [
  { value: 'true', label: 'はい' },
  { value: 'false', label: 'いいえ' },
];

const choiceControl = (type: 'radio' | 'checkbox' | 'select') =>
  both(
    (p) => html`<koiki-choice-field data-path=${p.path} name=${p.path} type=${type}
      .label=${p.label} .hint=${p.hint} .required=${p.required} .options=${p.options ?? []}
      .value=${p.value ?? controlKinds[type].empty} .error=${p.error}
      @koiki-change=${change(p)} @koiki-blur=${p.onBlur}></koiki-choice-field>`,
  );

/** A derived value: no element of its own, so an error about it shows under it here. */
const infoControl = both(
  (p) => html`<div class="info" data-path=${p.path}>
    <span class="info-label">${p.label}</span>
    <output>${p.text ?? ''}</output>
    ${errorText(p.error)}
  </div>`,
);

/** A kind that cannot be a cell shows its display text there instead. */
const displayOnly = (kind: ControlKind) => (p: ControlProps) =>
  html`<output data-path=${p.path}>${controlKinds[kind].display(p.value, p, {})}</output>`;

function errorText(error: string) {
  return error
    ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${error}</p>`
    : nothing;
}

/** Every control kind, once: how it renders as a field and as a table cell. */
export const controlTemplates = {
  text: textControl(false),
  textarea: textControl(true),
  yen: both(
    (p) => html`<koiki-yen-field data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint} .required=${p.required} .value=${p.value} .raw=${p.raw} .error=${p.error}
      @koiki-change=${change(p)}
      @koiki-blur=${p.onBlur}></koiki-yen-field>`,
  ),
  decimal: both(
    (p) => html`<koiki-text-field data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint} .required=${p.required} .maxLength=${p.maxLength ?? 0}
      .value=${p.raw || (typeof p.value === 'number' ? formatDecimal(p.value) : '')}
      .error=${p.error}
      @koiki-change=${(e: ChangeEvent) => p.onChange(decimalChange(String(e.detail.value ?? '')))}
      @koiki-blur=${p.onBlur}></koiki-text-field>`,
  ),
  date: both(
    (p) => html`<koiki-date-field data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint} .required=${p.required} .value=${p.value ?? ''} .raw=${p.raw}
      .error=${p.error} @koiki-change=${change(p)}
      @koiki-blur=${p.onBlur}></koiki-date-field>`,
  ),
  'fiscal-year': both(
    (p) => html`<koiki-fiscal-year-field data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint} .required=${p.required} .value=${p.value} .error=${p.error}
      @koiki-change=${change(p)}
      @koiki-blur=${p.onBlur}></koiki-fiscal-year-field>`,
  ),
  dantai: both(
    (p) => html`<koiki-dantai-picker data-path=${p.path} name=${p.path} .label=${p.label}
      .hint=${p.hint || undefined} .required=${p.required} .kinds=${p.kinds}
      .value=${p.value ?? ''} .raw=${p.raw} .error=${p.error}
      @koiki-change=${change(p)} @koiki-blur=${p.onBlur}></koiki-dantai-picker>`,
  ),
  radio: choiceControl('radio'),
  checkbox: choiceControl('checkbox'),
  select: choiceControl('select'),
  boolean: both(
    (p) => html`<koiki-choice-field data-path=${p.path} name=${p.path} type="radio"
      .label=${p.label} .hint=${p.hint} .required=${p.required} .options=${booleanOptions}
      .value=${p.value === true ? 'true' : p.value === false ? 'false' : ''} .error=${p.error}
      @koiki-change=${(e: ChangeEvent) =>
        p.onChange({
          value: e.detail.value === 'true' ? true : e.detail.value === 'false' ? false : undefined,
          raw: '',
        })}
      @koiki-blur=${p.onBlur}></koiki-choice-field>`,
  ),
  info: infoControl,
  rows: {
    field: (p) => {
      const rows = p.rows;
      if (!rows) return displayOnly('rows')(p);
      return html`<koiki-repeatable-rows data-path=${p.path} name=${p.path} .label=${p.label}
        .hint=${p.hint} .required=${p.required} .value=${Array.isArray(p.value) ? p.value : []}
        .columns=${rows.columns} .cellRaw=${rows.cellRaw} .cellErrors=${rows.cellErrors}
        .root=${rows.root} .cellShown=${rows.cellShown} .error=${p.error}
        @koiki-rows-change=${(e: CustomEvent<RowsChangeDetail>) => rows.onRowsChange(e.detail)}
        @koiki-cell-change=${(e: CustomEvent<CellChangeDetail>) =>
          rows.onCellChange(e.detail.index, e.detail.path, e.detail)}
        @koiki-cell-blur=${(e: CustomEvent<CellChangeDetail>) =>
          rows.onCellBlur(e.detail.index, e.detail.path)}
        @koiki-blur=${p.onBlur}></koiki-repeatable-rows>`;
    },
    cell: displayOnly('rows'),
  },
  sections: {
    field: (p) => sectionsField(p, errorText),
    cell: displayOnly('sections'),
  },
  attachment: {
    field: (p) => {
      const kinds = p.options ?? [{ value: p.label, label: p.label }];
      return html`<fieldset class="attachments" data-path=${p.path}>
        <legend>${p.label}</legend>
        ${p.hint ? html`<p class="hint">${p.hint}</p>` : nothing} ${errorText(p.error)}
        ${kinds.map(
          (kind) => html`<koiki-attachment-field data-path=${`${p.path}.${kind.value}`}
            name=${`${p.path}.${kind.value}`} .label=${kind.label} multiple
            .value=${p.files?.list(kind.value) ?? []}
            @koiki-change=${(e: CustomEvent<{ value: Attachment[] }>) =>
              p.files?.set(kind.value, e.detail.value)}
            @koiki-blur=${p.onBlur}></koiki-attachment-field>`,
        )}
      </fieldset>`;
    },
    cell: displayOnly('attachment'),
  },
} satisfies Record<ControlKind, ControlTemplate>;

/** Detail of a table cell's koiki-cell-change and koiki-cell-blur. */
export interface CellChangeDetail extends ControlChange {
  index: number;
  path: string;
}
