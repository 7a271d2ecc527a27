// Choice field: `type="radio"` (one of a few, all visible), `"checkbox"` (any of them) or
// `"select"` (one of many). Real native inputs, so a radio group moves with the arrow keys.
// The value is the chosen option's value; a string[] for checkboxes.
import { html, LitElement, nothing } from 'lit';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { fieldMessages } from '../../field/messages.ts';
import { choiceFieldStyles } from './choice-field.styles.ts';

export interface ChoiceOption {
  value: string;
  label: string;
  /** Support text under the option. */
  hint?: string;
}

export type ChoiceType = 'radio' | 'checkbox' | 'select';

export class KoikiChoiceField extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { attribute: false },
    type: { type: String },
    options: { attribute: false },
  };
  static override styles = [fieldStyles, choiceFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  /** The chosen value; a list for checkboxes; '' (or []) when nothing is chosen. */
  value: string | string[] = '';
  raw = '';
  error = '';
  type: ChoiceType = 'radio';
  options: ChoiceOption[] = [];

  readonly field = new FieldController<string | string[]>(this, {
    isEmpty: (value) => (Array.isArray(value) ? value.length === 0 : !value),
    toFormValue: (value) => this.toFormValue(value),
    fromFormState: (state) => ({ value: this.fromFormState(state), raw: '' }),
    missingMessage: fieldMessages.missingChoice,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('input, select'),
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

  private get chosen(): string[] {
    const value = this.value ?? '';
    return Array.isArray(value) ? value : value === '' ? [] : [value];
  }

  /**
   * The options shown: the given ones, plus a chosen value that is no longer among them (its
   * source was renamed or removed), kept and marked rather than silently dropped.
   */
  private get shownOptions(): ChoiceOption[] {
    const missing = this.missingChoices;
    return [
      ...this.options,
      ...missing.map((value) => ({ value, label: fieldMessages.missingOption(value) })),
    ];
  }

  /** Chosen values that the options no longer offer. */
  private get missingChoices(): string[] {
    return this.chosen.filter((value) => !this.options.some((option) => option.value === value));
  }

  /** Says that the chosen value is no longer offered; linked to the control by its id. */
  private renderMissingNote() {
    const missing = this.missingChoices;
    if (missing.length === 0) return nothing;
    return html`<p class="missing-choice" id="missing-choice" part="missing-choice">
      ${fieldMessages.missingChoiceNote(missing.join('、'))}
    </p>`;
  }

  private describedBy(): string {
    return this.missingChoices.length > 0
      ? this.field.describedBy('missing-choice')
      : this.field.describedBy();
  }

  private toFormValue(value: string | string[]): string | FormData | null {
    if (!Array.isArray(value)) return value || null;
    // Checkboxes submit one entry per ticked box, like native ones do.
    const data = new FormData();
    for (const item of value) data.append(this.name, item);
    return data;
  }

  private fromFormState(state: string | File | FormData | null): string | string[] {
    if (state instanceof FormData) return state.getAll(this.name).map(String);
    const text = typeof state === 'string' ? state : '';
    return this.type === 'checkbox' ? (text ? [text] : []) : text;
  }

  private onRadioOrSelect(event: Event): void {
    this.field.commitInput((event.target as HTMLInputElement).value, '');
  }

  private onCheckbox(event: Event): void {
    const box = event.target as HTMLInputElement;
    const rest = this.chosen.filter((item) => item !== box.value);
    // Keep the options' order, whatever order they were ticked in.
    const next = box.checked ? [...rest, box.value] : rest;
    const order = this.options.map((option) => option.value);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.field.commitInput(next, '');
  }

  private renderSelect() {
    const chosen = this.chosen[0] ?? '';
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()}
      <select
        id="input"
        part="input"
        ?required=${this.required}
        aria-invalid=${this.field.visibleError !== '' ? 'true' : 'false'}
        aria-describedby=${this.describedBy()}
        @change=${this.onRadioOrSelect}
        @blur=${this.field.onFocusOut}
      >
        <option value="" ?selected=${chosen === ''}>${fieldMessages.choose}</option>
        ${this.shownOptions.map(
          (option) =>
            html`<option value=${option.value} ?selected=${chosen === option.value}>
              ${option.label}
            </option>`,
        )}
      </select>
      ${this.renderMissingNote()} ${this.field.renderError()}
    `;
  }

  private renderBoxes(kind: 'radio' | 'checkbox') {
    const chosen = this.chosen;
    const invalid = this.field.visibleError !== '';
    return html`
      <fieldset part="fieldset" aria-describedby=${this.describedBy()}>
        ${this.field.renderLegend()}
        <div class="after-legend">${this.field.renderHint()}</div>
        <div class="options" part="options" @focusout=${this.field.onFocusOut}>
          ${this.shownOptions.map((option, index) => {
            const id = `option-${index}`;
            return html`<div class="option" part="option">
              <input
                type=${kind}
                id=${id}
                name="choice"
                part="input"
                .value=${option.value}
                .checked=${chosen.includes(option.value)}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${option.hint ? `${id}-hint` : ''}
                @change=${kind === 'radio' ? this.onRadioOrSelect : this.onCheckbox}
              />
              <label for=${id}>${option.label}</label>
              ${option.hint ? html`<p class="option-hint" id="${id}-hint">${option.hint}</p>` : ''}
            </div>`;
          })}
        </div>
        ${this.renderMissingNote()} ${this.field.renderError()}
      </fieldset>
    `;
  }

  protected override render() {
    return this.type === 'select' ? this.renderSelect() : this.renderBoxes(this.type);
  }
}
