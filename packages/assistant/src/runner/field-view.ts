// One question of a form definition rendered by the control registry (`controlTemplates` in the
// kit): this is where a definition and the session meet the components, which know no form.
import '@koiki/kit/controls/define';
import { type FieldDefinition, type FormSession, isRequired } from '@koiki/engine';
import type { Attachment, RowColumn, RowsChangeDetail } from '@koiki/kit';
// The registry's own entry, not the kit's index: the index would pull in every component.
import { type ControlProps, controlTemplates, type RowsBinding } from '@koiki/kit/controls';
import { html, nothing, type TemplateResult } from 'lit';
import { applyFieldChange } from './field-change.ts';
import { fieldPath } from './field-paths.ts';

/** A file the user attached, with the checklist item it answers. */
export interface AttachedFile {
  kind: string;
  attachment: Attachment;
}

export interface FieldViewHost {
  session: FormSession<unknown>;
  /** The error shown at a field's path now, worded as in the error summary; '' for none. */
  errorFor(path: string): string;
  files(path: string): readonly AttachedFile[];
  setFiles(path: string, kind: string, attachments: readonly Attachment[]): void;
}

export function renderFields(
  fields: readonly FieldDefinition<unknown>[],
  host: FieldViewHost,
  base = '',
): TemplateResult {
  return html`${fields.map((field) => renderField(field, host, base))}`;
}

function renderField(field: FieldDefinition<unknown>, host: FieldViewHost, base: string) {
  const path = fieldPath(base, field.path);
  if (!host.session.isVisible(path)) return nothing;
  const control = renderControl(field, host, base, path);
  // A follow-up question sits right under the answer that revealed it (GOV.UK conditional reveal).
  return field.revealedBy
    ? html`<div class="reveal" data-reveal-of=${fieldPath(base, field.revealedBy.question)}>${control}</div>`
    : control;
}

function renderControl(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  base: string,
  path: string,
) {
  const { session } = host;
  const scope = base ? session.get(base) : session.data;
  const props: ControlProps = {
    path,
    label: field.label,
    hint: field.hint ?? '',
    required: isRequired(field, scope, session.data),
    value: session.get(path),
    raw: session.raw[path] ?? '',
    error: host.errorFor(path),
    options: field.options,
    maxLength: field.maxLength,
    autocomplete: field.autocomplete,
    text: field.display?.(scope, session.data) ?? '',
    onChange: (change) => applyFieldChange(session, path, change),
    onBlur: () => session.touch(path),
  };
  if (field.control === 'rows') props.rows = rowsBinding(field, host, path);
  if (field.control === 'attachment') {
    props.files = {
      list: (kind) =>
        host
          .files(path)
          .filter((file) => file.kind === kind)
          .map((file) => file.attachment),
      set: (kind, attachments) => host.setFiles(path, kind, attachments),
    };
  }
  return html`${controlTemplates[field.control].field(props)}${note(field)}`;
}

function note(field: FieldDefinition<unknown>) {
  return field.note ? html`<p class="field-note">${field.note}</p>` : nothing;
}

/** A table of rows under the session: its cells' raw text and errors, and where changes go. */
function rowsBinding(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  path: string,
): RowsBinding {
  const { session } = host;
  const prefix = `${path}.`;
  const cellRaw: Record<string, string> = {};
  for (const [key, text] of Object.entries(session.raw)) {
    if (key.startsWith(prefix)) cellRaw[key.slice(prefix.length)] = text;
  }
  // Each cell's error in the words of the error summary (「経費 2行目 金額を…」).
  const cellErrors: Record<string, string> = {};
  const rows = session.get(path);
  (Array.isArray(rows) ? rows : []).forEach((_, index) => {
    for (const column of field.fields ?? []) {
      const message = host.errorFor(`${path}.${index}.${column.path}`);
      if (message) cellErrors[`${index}.${column.path}`] = message;
    }
  });
  return {
    columns: (field.fields ?? []) as RowColumn[],
    cellRaw,
    cellErrors,
    root: session.data,
    // The session decides what shows, in a table as on a step.
    cellShown: (index, column) => session.isVisible(`${path}.${index}.${column}`),
    onRowsChange: (detail) => applyRowsChange(session, path, detail),
    onCellChange: (index, column, change) =>
      applyFieldChange(session, `${path}.${index}.${column}`, change),
    onCellBlur: (index, column) => session.touch(`${path}.${index}.${column}`),
  };
}

/** The table's own change of rows, as the session's one change (and so one undo step). */
function applyRowsChange(session: FormSession<unknown>, path: string, detail: RowsChangeDetail) {
  const operation = detail.operation;
  switch (operation?.kind) {
    case 'add':
      session.addRow(path, {});
      return;
    case 'remove':
      session.removeRow(path, operation.index);
      return;
    case 'move':
      session.moveRow(path, operation.from, operation.to);
      return;
    default:
      session.replaceRows(path, detail.value, detail.cellRaw);
  }
}
