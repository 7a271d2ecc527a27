// 年度 field: a select of fiscal years between `min` and `max`, each read as 「令和8年度（2026年度）」.
// The value is the fiscal year as a number (2026 = 令和8年度, April 2026 – March 2027).
import { FIRST_FISCAL_YEAR, formatFiscalYearWithSeireki, LAST_FISCAL_YEAR } from '@koiki/schemas';
import { html, LitElement } from 'lit';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { fieldMessages } from '../../field/messages.ts';
import { fiscalYearFieldStyles } from './fiscal-year-field.styles.ts';

/** 「令和8年度（2026年度）」 */
export const fiscalYearLabel = formatFiscalYearWithSeireki;

export class KoikiFiscalYearField extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { type: Number },
    min: { type: Number },
    max: { type: Number },
  };
  static override styles = [fieldStyles, fiscalYearFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  value: number | undefined = undefined;
  raw = '';
  error = '';
  /** First fiscal year offered (a display range, not an eligibility rule). */
  min = 2024;
  /** Last fiscal year offered. */
  max = 2030;

  readonly field = new FieldController<number | undefined>(this, {
    isEmpty: (value) => value == null,
    toFormValue: (value) => (value == null ? null : String(value)),
    fromFormState: (state) => ({
      value: typeof state === 'string' && state !== '' ? Number(state) : undefined,
      raw: '',
    }),
    missingMessage: fieldMessages.missingChoice,
    focusTarget: () => this.renderRoot.querySelector('select'),
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

  private years(): number[] {
    const years: number[] = [];
    // Offered years stay within the years the schema accepts, whatever min and max say.
    const last = Math.min(this.max, LAST_FISCAL_YEAR);
    for (let fy = Math.max(this.min, FIRST_FISCAL_YEAR); fy <= last; fy += 1) years.push(fy);
    // A value outside the range (e.g. from an old draft) is still shown, not silently dropped.
    if (this.value != null && !years.includes(this.value)) years.push(this.value);
    return years.sort((a, b) => a - b);
  }

  private onChange(event: Event): void {
    const text = (event.target as HTMLSelectElement).value;
    this.field.commitInput(text === '' ? undefined : Number(text), '');
  }

  protected override render() {
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()}
      <select
        id="input"
        part="input"
        ?required=${this.required}
        aria-invalid=${this.field.visibleError !== '' ? 'true' : 'false'}
        aria-describedby=${this.field.describedBy()}
        @change=${this.onChange}
        @blur=${this.field.onFocusOut}
      >
        <option value="" ?selected=${this.value == null}>${fieldMessages.choose}</option>
        ${this.years().map(
          (fy) =>
            html`<option value=${fy} ?selected=${this.value === fy}>${fiscalYearLabel(fy)}</option>`,
        )}
      </select>
      ${this.field.renderError()}
    `;
  }
}
