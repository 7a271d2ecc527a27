// 金額 field: accepts what parseYen accepts (「600万」, 「6,000千円」, 全角), shows the formatted amount
// when the user leaves, keeps text it cannot parse. No input mask: the box is never rewritten while
// the user types, and input during IME composition is ignored until the composition ends.
import { formatYen, parseYen } from '@koiki/schemas';
import { html, LitElement, noChange } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { yenFieldStyles } from './yen-field.styles.ts';
import { yenReading } from './yen-reading.ts';

export class KoikiYenField extends LitElement {
  static formAssociated = true;
  static override properties = { ...fieldProperties, value: { type: Number } };
  static override styles = [fieldStyles, yenFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  /** Whole 円, or undefined when empty or unparseable. */
  value: number | undefined = undefined;
  raw = '';
  error = '';

  /** What the box shows; follows the user's typing, reformatted only on leaving. */
  private text = '';
  private composing = false;

  readonly field = new FieldController<number | undefined>(this, {
    isEmpty: (value, raw) => value == null && raw === '',
    toFormValue: (value) => (value == null ? null : String(value)),
    fromFormState: (state) => fromText(typeof state === 'string' ? state : ''),
    check: (_value, raw) => {
      if (raw === '') return '';
      const parsed = parseYen(raw);
      return parsed.ok ? '' : parsed.message;
    },
    focusTarget: () => this.input,
  });

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

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

  protected override willUpdate(changed: Map<string, unknown>): void {
    // A value set from outside (engine, draft, reset) replaces the text unless the user is typing.
    const typing = this.input !== null && this.shadowRoot?.activeElement === this.input;
    if ((changed.has('value') || changed.has('raw')) && !typing) {
      this.text = this.raw !== '' ? this.raw : this.value == null ? '' : formatYen(this.value);
    }
  }

  private onInput(event: InputEvent): void {
    if (this.composing || event.isComposing) return;
    this.take((event.target as HTMLInputElement).value);
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    this.take((event.target as HTMLInputElement).value);
  }

  private take(text: string): void {
    this.text = text;
    const { value, raw } = fromText(text);
    this.field.commitInput(value, raw);
  }

  private onBlur(event: FocusEvent): void {
    if (this.value != null && this.raw === '') {
      this.text = formatYen(this.value);
      this.requestUpdate();
    }
    this.field.onFocusOut(event);
  }

  protected override render() {
    const invalid = this.field.visibleError !== '';
    // The reading stays one element, hidden (keeping its last text) while there is none: typing in
    // and out of a readable amount (「20,0005」, then Backspace) adds and removes no node.
    const reading = this.value != null && this.raw === '' ? yenReading(this.value) : '';
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()}
      <div class="control">
        <input
          id="input"
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(this.text)}
          ?required=${this.required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.field.describedBy(...(reading ? ['reading'] : []))}
          @input=${this.onInput}
          @compositionstart=${() => {
            this.composing = true;
          }}
          @compositionend=${this.onCompositionEnd}
          @blur=${this.onBlur}
        /><span class="unit" aria-hidden="true">円</span>
      </div>
      <p class="reading" id="reading" part="reading" ?hidden=${!reading}>${reading || noChange}</p>
      ${this.field.renderError()}
    `;
  }
}

/** Text → model value, keeping text that does not parse. */
function fromText(text: string): { value: number | undefined; raw: string } {
  if (text.trim() === '') return { value: undefined, raw: '' };
  const parsed = parseYen(text);
  return parsed.ok ? { value: parsed.value, raw: '' } : { value: undefined, raw: text };
}
