// One question of a form definition rendered by the control registry (`controlTemplates` in the
// kit): this is where a definition and the session meet the components, which know no form.
// The components register themselves when loaded (lazy-step-elements.ts): the runner draws a
// step's questions once they are.
import {
  type FieldDefinition,
  type FormSession,
  isRequired,
  type PlacedQuestion,
  type SectionPlace,
} from '@koiki/engine';
import type { Attachment, RowColumn, RowsChangeDetail } from '@koiki/kit';
// The registry's own entry, not the kit's index: the index would pull in every component.
import {
  type ControlProps,
  controlTemplates,
  type RowsBinding,
  type SectionsBinding,
  sectionsMessages,
} from '@koiki/kit/controls';
import { questionOptions } from '@koiki/schemas';
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
  /** The errors shown inside `path` (a table's cells), by full path. */
  errorsWithin(path: string): [string, string][];
  files(path: string): readonly AttachedFile[];
  setFiles(path: string, kind: string, attachments: readonly Attachment[]): void;
  /** Adds an item to a 'sections' field (focus then goes to its first question). */
  addItem(field: FieldDefinition<unknown>): void;
  /** Removes item `index` of a 'sections' field, offering to undo it. */
  removeItem(field: FieldDefinition<unknown>, index: number): void;
  /** The removal that can still be undone at `path` (a 'sections' field), if any. */
  removal(path: string): SectionsBinding['undo'];
}

/**
 * A step's shown fields (the session's expanded list): the questions of a 'sections' field's
 * items are drawn inside their item's group, everything else in order.
 */
export function renderFields(
  fields: readonly PlacedQuestion<unknown>[],
  host: FieldViewHost,
): TemplateResult {
  return renderPlace(fields, undefined, host);
}

/** The fields that sit directly in one item (or on the step, for `place` undefined). */
function renderPlace(
  all: readonly PlacedQuestion<unknown>[],
  place: SectionPlace | undefined,
  host: FieldViewHost,
): TemplateResult {
  const here = all.filter((field) => samePlace(field.section, place));
  return html`${here.map((field) =>
    field.control === 'sections' ? renderSections(field, all, host) : renderField(field, host, ''),
  )}`;
}

function samePlace(a: SectionPlace | undefined, b: SectionPlace | undefined): boolean {
  return a?.path === b?.path && a?.index === b?.index;
}

/** A 'sections' field: one group per item, each with its questions drawn like a step's. */
function renderSections(
  field: PlacedQuestion<unknown>,
  all: readonly PlacedQuestion<unknown>[],
  host: FieldViewHost,
) {
  const { session } = host;
  const path = field.path;
  const items = session.get(path);
  const sections: SectionsBinding = {
    items: (Array.isArray(items) ? items : []).map((item, index) => ({
      heading: itemHeading(field, item, index),
      content: renderPlace(all, { path, index, label: field.label }, host),
    })),
    addLabel: field.addLabel ?? sectionsMessages.add(field.label),
    onAdd: () => host.addItem(field),
    onRemove: (index) => host.removeItem(field, index),
    undo: host.removal(path),
  };
  const props = { ...fieldProps(field, host, path), sections };
  return html`${controlTemplates.sections.field(props)}${note(field)}`;
}

/** An item's heading from the definition's `itemLabel`, else 「連携協約 2」. */
export function itemHeading(field: FieldDefinition<unknown>, item: unknown, index: number): string {
  const fallback = sectionsMessages.heading(field.label, index + 1);
  try {
    return field.itemLabel?.(item ?? {}, index) || fallback;
  } catch {
    return fallback; // a half-typed item
  }
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

/** What every control gets from its question and the session. */
function fieldProps(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  path: string,
  base = '',
): ControlProps {
  const { session } = host;
  const scope = base ? session.get(base) : session.data;
  return {
    path,
    label: field.label,
    hint: field.hint ?? '',
    required: isRequired(field, scope, session.data),
    value: session.get(path),
    raw: session.raw[path] ?? '',
    error: host.errorFor(path),
    options: field.optionsFrom
      ? questionOptions(field, { scope, root: session.data })
      : field.options,
    maxLength: field.maxLength,
    autocomplete: field.autocomplete,
    text: field.display?.(scope, session.data) ?? '',
    onChange: (change) => applyFieldChange(session, path, change),
    onBlur: () => session.touch(path),
  };
}

function renderControl(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  base: string,
  path: string,
) {
  const props = fieldProps(field, host, path, base);
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
  for (const [at, message] of host.errorsWithin(path))
    cellErrors[at.slice(prefix.length)] = message;
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
