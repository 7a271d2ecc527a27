// Text field (one line, or a textarea with `multiline`): a live count against maxlength, free
// text kept as typed (trimmed; codes such as a 全角 phone number folded) when the user leaves,
// and a warning naming characters outside JIS X 0208 level 1–2, which national systems may reject.
import { textOnLeave } from '@koiki/schemas';
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { fieldMessages } from '../../field/messages.ts';
import { inputTypeFor, showsCount } from './input-kind.ts';
import { type NonJisWarning, nonJisWarning } from './non-jis-warning.ts';
import { textFieldStyles } from './text-field.styles.ts';

/** Length as a person counts it: one per character, surrogate pairs included. */
const lengthOf = (text: string) => [...text].length;

export class KoikiTextField extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { type: String },
    multiline: { type: Boolean },
    maxLength: { type: Number, attribute: 'maxlength' },
    autocomplete: { type: String },
  };
  static override styles = [fieldStyles, textFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  value = '';
  raw = '';
  error = '';
  /** A textarea instead of a one-line input. */
  multiline = false;
  /** Most characters allowed, for the live count; 0 means no count. Longer text is kept: the
   * schema decides whether it is an error. */
  maxLength = 0;
  /** Passed to the input (e.g. "name", "tel", "email") so browsers can help fill it. */
  autocomplete = 'off';

  readonly field = new FieldController<string>(this, {
    isEmpty: (value) => (value ?? '').trim() === '',
    toFormValue: (value) => value ?? '',
    fromFormState: (state) => ({ value: typeof state === 'string' ? state : '', raw: '' }),
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('#input'),
  });

  override focus(options?: FocusOptions): void {
    this.field.focus(options);
  }

  formAssociatedCallback(): void {
    this.field.associated();
  }

  formResetCallback(): void {
    this.field.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.field.restore(state);
  }

  private onInput(event: Event): void {
    this.field.commitInput((event.target as HTMLInputElement).value, '');
  }

  private onBlur(event: FocusEvent): void {
    const normalized = textOnLeave(this.value ?? '');
    if (normalized !== this.value) this.field.commitInput(normalized, '');
    this.field.onFocusOut(event);
  }

  private renderCount() {
    const left = this.maxLength - lengthOf(this.value ?? '');
    if (!showsCount(this.maxLength, left)) return '';
    const text = left >= 0 ? fieldMessages.remaining(left) : fieldMessages.overBy(-left);
    return html`<p class="count ${left < 0 ? 'over' : ''}" id="count" part="count">${text}</p>`;
  }

  private renderWarning(warning: NonJisWarning | undefined) {
    if (!warning) return '';
    return html`<div class="warning" id="warning" part="warning">
      <p><span class="visually-hidden">${fieldMessages.warningPrefix}</span>${warning.summary}</p>
      <ul>
        ${warning.reasons.map((reason) => html`<li>${reason}</li>`)}
      </ul>
    </div>`;
  }

  protected override render() {
    const warning = nonJisWarning(this.value ?? '');
    const counted = showsCount(this.maxLength, this.maxLength - lengthOf(this.value ?? ''));
    const extra = [counted ? 'count' : '', warning ? 'warning' : ''].filter(Boolean);
    const describedBy = this.field.describedBy(...extra);
    const invalid = this.field.visibleError !== '' ? 'true' : 'false';
    const control = this.multiline
      ? html`<textarea
          id="input"
          part="input"
          .value=${live(this.value ?? '')}
          ?required=${this.required}
          autocomplete=${this.autocomplete}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${this.onInput}
          @blur=${this.onBlur}
        ></textarea>`
      : html`<input
          id="input"
          part="input"
          type=${inputTypeFor(this.autocomplete)}
          .value=${live(this.value ?? '')}
          ?required=${this.required}
          autocomplete=${this.autocomplete}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${this.onInput}
          @blur=${this.onBlur}
        />`;
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()} ${control} ${this.renderCount()}
      ${this.renderWarning(warning)} ${this.field.renderError()}
    `;
  }
}
