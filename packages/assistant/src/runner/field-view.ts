// One field of a form definition rendered as the kit component its `control` names.
// Components know nothing of forms; this is where a definition meets them.
// Only the fields a definition can name (the gallery's repeatable-rows element is not used here).
import '@koiki/kit/define/attachment';
import '@koiki/kit/define/choice-field';
import '@koiki/kit/define/dantai-picker';
import '@koiki/kit/define/date-field';
import '@koiki/kit/define/fiscal-year-field';
import '@koiki/kit/define/text-field';
import '@koiki/kit/define/yen-field';
import { type FieldDefinition, type FormSession, isRequired } from '@koiki/engine';
import type { Attachment } from '@koiki/kit';
import { formatDecimal } from '@koiki/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import {
  applyDecimalText,
  applyFieldChange,
  booleanOptions,
  booleanToChoice,
  choiceToBoolean,
} from './field-change.ts';
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
  announce(message: string): void;
}

type ChangeEvent = CustomEvent<{ value: unknown; raw: string; valid: boolean }>;

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
  const error = host.errorFor(path);
  const raw = session.raw[path] ?? '';
  const value = session.get(path);
  const onChange = (event: ChangeEvent) => applyFieldChange(session, path, event.detail);
  const onBlur = () => session.touch(path);
  const common = {
    label: field.label,
    hint: field.hint ?? '',
    required: isRequired(field, scope, session.data),
  };

  switch (field.control) {
    case 'text':
    case 'textarea':
      return html`<koiki-text-field data-path=${path} name=${path} .label=${common.label} .hint=${common.hint}
        .required=${common.required} ?multiline=${field.control === 'textarea'} .maxLength=${field.maxLength}
        .value=${raw || (value ?? '')} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-text-field>${note(field)}`;
    case 'yen':
      return html`<koiki-yen-field data-path=${path} name=${path} .label=${common.label} .hint=${common.hint}
        .required=${common.required} .value=${value} .raw=${raw} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-yen-field>${note(field)}`;
    case 'decimal': {
      const shown = raw || (typeof value === 'number' ? formatDecimal(value) : '');
      const onText = (event: ChangeEvent) =>
        applyDecimalText(session, path, String(event.detail.value ?? ''));
      return html`<koiki-text-field data-path=${path} name=${path} .label=${common.label} .hint=${common.hint}
        .required=${common.required} .maxLength=${field.maxLength} .value=${shown} .error=${error}
        @koiki-change=${onText} @koiki-blur=${onBlur}></koiki-text-field>${note(field)}`;
    }
    case 'date':
      return html`<koiki-date-field data-path=${path} name=${path} .label=${common.label} .hint=${common.hint}
        .required=${common.required} .value=${value ?? ''} .raw=${raw} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-date-field>${note(field)}`;
    case 'fiscal-year':
      return html`<koiki-fiscal-year-field data-path=${path} name=${path} .label=${common.label}
        .hint=${common.hint} .required=${common.required} .value=${value} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-fiscal-year-field>${note(field)}`;
    case 'dantai':
      return html`<koiki-dantai-picker data-path=${path} name=${path} .label=${common.label} .hint=${common.hint || undefined}
        .required=${common.required} .value=${value ?? ''} .raw=${raw} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-dantai-picker>${note(field)}`;
    case 'radio':
    case 'checkbox':
    case 'select':
      return html`<koiki-choice-field data-path=${path} name=${path} type=${field.control} .label=${common.label}
        .hint=${common.hint} .required=${common.required} .options=${field.options ?? []}
        .value=${value ?? (field.control === 'checkbox' ? [] : '')} .error=${error}
        @koiki-change=${onChange} @koiki-blur=${onBlur}></koiki-choice-field>${note(field)}`;
    case 'boolean':
      return html`<koiki-choice-field data-path=${path} name=${path} type="radio" .label=${common.label}
        .hint=${common.hint} .required=${common.required} .options=${booleanOptions}
        .value=${booleanToChoice(value)} .error=${error}
        @koiki-change=${(e: ChangeEvent) => session.set(path, choiceToBoolean(e.detail.value))}
        @koiki-blur=${onBlur}></koiki-choice-field>${note(field)}`;
    case 'info':
      return html`<div class="info" data-path=${path}>
        <span class="info-label">${field.label}</span>
        <output>${field.display?.(scope, session.data) ?? ''}</output>
        ${note(field)} ${groupError(error)}
      </div>`;
    case 'rows':
      return renderRows(field, host, path, error);
    case 'attachment':
      return renderAttachments(field, host, path, error);
  }
}

/** An error of a group without a field element of its own (a derived value). */
function groupError(error: string) {
  return error
    ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${error}</p>`
    : nothing;
}

function note(field: FieldDefinition<unknown>) {
  return field.note ? html`<p class="field-note">${field.note}</p>` : nothing;
}

function renderRows(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  path: string,
  error: string,
) {
  const { session } = host;
  const rows = session.get(path);
  const count = Array.isArray(rows) ? rows.length : 0;
  const add = () => {
    session.addRow(path, {});
    host.announce(`${field.label}の${count + 1}行目を追加しました。`);
  };
  const remove = (index: number) => {
    session.removeRow(path, index);
    host.announce(
      `${field.label}の${index + 1}行目を削除しました。元に戻すには「元に戻す」を押してください。`,
    );
  };
  return html`<fieldset class="rows" data-path=${path}>
    <legend>${field.label} ${isRequired(field, session.data, session.data) ? html`<span class="badge required">※必須</span>` : nothing}</legend>
    ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing} ${note(field)}
    ${error ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${error}</p>` : nothing}
    ${Array.from({ length: count }, (_, index) => {
      const rowPath = `${path}.${index}`;
      return html`<fieldset class="row" data-path=${rowPath}>
        <legend>${field.label} ${index + 1}行目</legend>
        ${renderFields(field.fields ?? [], host, rowPath)}
        <button type="button" class="secondary" @click=${() => remove(index)}>${field.label} ${index + 1}行目を削除</button>
      </fieldset>`;
    })}
    <button type="button" class="secondary add-row" @click=${add}>${field.label}を追加</button>
  </fieldset>`;
}

function renderAttachments(
  field: FieldDefinition<unknown>,
  host: FieldViewHost,
  path: string,
  error: string,
) {
  const files = host.files(path);
  const kinds = field.options ?? [{ value: field.label, label: field.label }];
  return html`<fieldset class="attachments" data-path=${path}>
    <legend>${field.label}</legend>
    ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
    ${error ? html`<p class="error" role="alert"><span class="visually-hidden">エラー：</span>${error}</p>` : nothing}
    ${kinds.map(
      (
        kind,
      ) => html`<koiki-attachment-field data-path=${`${path}.${kind.value}`} name=${`${path}.${kind.value}`}
        .label=${kind.label} multiple .value=${files.filter((f) => f.kind === kind.value).map((f) => f.attachment)}
        @koiki-change=${(e: CustomEvent<{ value: Attachment[] }>) => host.setFiles(path, kind.value, e.detail.value)}
        @koiki-blur=${() => host.session.touch(path)}></koiki-attachment-field>`,
    )}
  </fieldset>`;
}
