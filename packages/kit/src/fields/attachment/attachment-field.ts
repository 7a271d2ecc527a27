// Attachment field: a native file input (visible label, keyboard operable) for PDF, JPEG and PNG.
// Each chosen file is checked (size, claimed type, real content) and kept whole as a Blob; the
// list shows name, size and a PDF's page count, each with a remove button. A refused file is
// reported at once beside the input (it never becomes part of the value); errors about the value
// itself come from outside (`error`), like every field's.
import { html, LitElement } from 'lit';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { fieldMessages } from '../../field/messages.ts';
import { attachmentFieldStyles } from './attachment-field.styles.ts';
import { type Attachment, checkAttachment } from './check-attachment.ts';
import { type FileKind, fileKindMime, fileKindName, kindFromMime } from './file-kind.ts';
import { formatFileSize, megabytes } from './file-size.ts';

const kinds = Object.keys(fileKindMime) as FileKind[];
const accept = [...Object.values(fileKindMime), '.pdf', '.jpg', '.jpeg', '.png'].join(',');

export const attachmentFieldMessages = {
  limits: (limit: string) =>
    `${kinds.map((kind) => fileKindName[kind]).join('、')} のファイル（1つ ${limit} まで）`,
  missing: (label: string) => `${label}のファイルを選んでください。`,
  listLabel: (label: string) => `${label}：添付したファイル`,
  pages: (count: number | null | undefined) =>
    count === undefined ? '' : count === null ? 'ページ数不明' : `${count}ページ`,
  remove: (name: string) => `「${name}」を削除`,
  added: (names: string) => `${names}を添付しました。`,
  removed: (name: string) => `「${name}」を削除しました。`,
} as const;

/** A restored file has lost its page count (the check runs on choice, not on restore). */
function fromFile(file: File): Attachment | null {
  const kind = kindFromMime(file.type);
  return kind
    ? { name: file.name, kind, size: file.size, file, pages: kind === 'pdf' ? null : undefined }
    : null;
}

export class KoikiAttachmentField extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { attribute: false },
    multiple: { type: Boolean },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    rejection: { state: true },
    status: { state: true },
  };
  static override styles = [fieldStyles, attachmentFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  /** The attached files in the order chosen. */
  value: readonly Attachment[] = [];
  /** Always '': a file is either attached or refused. */
  raw = '';
  error = '';
  /** Several files may be attached; without it a new choice replaces the file. */
  multiple = false;
  /** Largest file accepted, in bytes (default 10 MB). */
  maxBytes = megabytes(10);
  /** Why the last chosen files were refused; cleared by the next choice or removal. */
  private rejection = '';
  /** What the polite live region says after a change. */
  private status = '';

  readonly field = new FieldController<readonly Attachment[]>(this, {
    isEmpty: (value) => value.length === 0,
    toFormValue: (value) => {
      const data = new FormData();
      for (const item of value) data.append(this.name, item.file as File, item.name);
      return data;
    },
    fromFormState: (state) => {
      const files = state instanceof FormData ? state.getAll(this.name) : [state];
      const value = files.flatMap((entry) =>
        entry instanceof File ? (fromFile(entry) ?? []) : [],
      );
      return { value, raw: '' };
    },
    missingMessage: attachmentFieldMessages.missing,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('#input'),
  });

  override focus(options?: FocusOptions): void {
    this.field.focus(options);
  }

  formAssociatedCallback(): void {
    this.field.associated();
  }

  formResetCallback(): void {
    this.rejection = '';
    this.status = '';
    this.field.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.field.restore(state);
  }

  private async onChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after removing it) fires change again.
    input.value = '';
    if (files.length === 0) return;
    const checks = await Promise.all(files.map((file) => checkAttachment(file, this.maxBytes)));
    const added = checks.flatMap((check) => (check.ok ? [check.attachment] : []));
    this.rejection = checks.flatMap((check) => (check.ok ? [] : [check.message])).join(' ');
    if (added.length > 0) {
      this.status = attachmentFieldMessages.added(added.map((a) => `「${a.name}」`).join('、'));
      this.field.commitInput(this.multiple ? [...this.value, ...added] : added.slice(0, 1), '');
    } else {
      this.status = '';
      this.field.commitInput(this.value, '');
    }
  }

  private async removeFile(index: number): Promise<void> {
    const removed = this.value[index];
    if (!removed) return;
    this.rejection = '';
    this.status = attachmentFieldMessages.removed(removed.name);
    this.field.commitInput(
      this.value.filter((_, i) => i !== index),
      '',
    );
    await this.updateComplete;
    // Focus stays in the list: on the next file's button, else the file input.
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('li button');
    (
      buttons[Math.min(index, buttons.length - 1)] ??
      this.renderRoot.querySelector<HTMLElement>('#input')
    )?.focus();
  }

  /** Why the last chosen files were not attached: the result of that choice, not a value error. */
  private renderRejection() {
    if (!this.rejection) return '';
    return html`<p class="error" id="rejection" part="rejection" role="alert">
      <span class="visually-hidden">${fieldMessages.errorPrefix}</span>${this.rejection}
    </p>`;
  }

  private renderList() {
    if (this.value.length === 0) return '';
    return html`<ul part="list" aria-label=${attachmentFieldMessages.listLabel(this.label)}>
      ${this.value.map(
        (item, index) => html`<li part="file">
          <span class="name">${item.name}</span>
          <span class="meta"
            >${fileKindName[item.kind]}・${formatFileSize(item.size)}${
              item.kind === 'pdf' ? `・${attachmentFieldMessages.pages(item.pages)}` : ''
            }</span
          >
          <button
            type="button"
            part="remove"
            aria-label=${attachmentFieldMessages.remove(item.name)}
            @click=${() => this.removeFile(index)}
          >
            削除
          </button>
        </li>`,
      )}
    </ul>`;
  }

  protected override render() {
    const invalid = this.field.visibleError !== '' ? 'true' : 'false';
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()}
      <p class="limits" id="limits" part="limits">
        ${attachmentFieldMessages.limits(formatFileSize(this.maxBytes))}
      </p>
      <input
        id="input"
        part="input"
        type="file"
        accept=${accept}
        ?multiple=${this.multiple}
        aria-invalid=${invalid}
        aria-describedby=${this.field.describedBy('limits', ...(this.rejection ? ['rejection'] : []))}
        @change=${this.onChange}
        @blur=${() => this.field.markTouched()}
      />
      ${this.renderRejection()} ${this.field.renderError()} ${this.renderList()}
      <p class="visually-hidden" role="status" part="status">${this.status}</p>
    `;
  }
}
