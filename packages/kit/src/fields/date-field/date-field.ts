// 和暦 date field: 元号 select and 年/月/日 boxes in a fieldset with a legend, the date read back
// with its 西暦 (「令和8年11月23日（2026年）」). A whole date such as 「R8.11.23」 or 「2026/11/23」
// can be typed or pasted into the year box. The value is an ISO date ('2026-11-23'). When an error
// is given, only the box at fault is marked invalid (and focused), e.g. the day of 「2月30日」;
// an error about the whole date marks all three boxes.
import { formatWarekiWithSeireki } from '@koiki/schemas';
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { dateFieldStyles } from './date-field.styles.ts';
import {
  boxesFromIso,
  boxesFromRaw,
  type DateBox,
  type DateBoxes,
  dateBoxes,
  dateFromBoxes,
  dateFromRaw,
  emptyBoxes,
  eraChoices,
  faultyBoxes,
  isBlank,
  newestEra,
  rawFromBoxes,
} from './date-parts.ts';

export class KoikiDateField extends LitElement {
  static formAssociated = true;
  static override properties = { ...fieldProperties, value: { type: String } };
  static override styles = [fieldStyles, dateFieldStyles];

  label = '';
  hint = '';
  required = false;
  name = '';
  /** ISO date 'YYYY-MM-DD', or '' when empty or not a date yet. */
  value = '';
  raw = '';
  error = '';

  /** What the boxes show; follows typing, and values set from outside. */
  private boxes: DateBoxes = emptyBoxes(newestEra);

  readonly field = new FieldController<string>(this, {
    isEmpty: (value, raw) => !value && raw === '',
    toFormValue: (value) => value || null,
    fromFormState: (state) => fromText(typeof state === 'string' ? state : ''),
    check: (_value, raw) => {
      if (raw === '') return '';
      const result = dateFromRaw(raw);
      return result.ok ? '' : result.message;
    },
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('select'),
  });

  /** With an error: the box at fault first (an error about the whole date: the year box). */
  override focus(options?: FocusOptions): void {
    const [first] = this.invalidBoxes;
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus(options);
    else this.field.focus(options);
  }

  /** The boxes marked invalid: none without an error, else those at fault, else all three. */
  get invalidBoxes(): readonly DateBox[] {
    if (!this.field.visibleError) return [];
    const faulty = this.raw !== '' ? faultyBoxes(this.boxes) : [];
    return faulty.length > 0 ? faulty : dateBoxes;
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
    const typing = this.shadowRoot?.activeElement != null;
    if ((changed.has('value') || changed.has('raw')) && !typing) {
      if (this.raw !== '') this.boxes = boxesFromRaw(this.raw, this.boxes.era);
      else if (this.value) this.boxes = boxesFromIso(this.value);
      else this.boxes = emptyBoxes(this.boxes.era);
    }
  }

  private onBox(event: Event): void {
    const box = event.target as HTMLInputElement | HTMLSelectElement;
    this.boxes = { ...this.boxes, [box.dataset.box as keyof DateBoxes]: box.value };
    if (isBlank(this.boxes)) {
      this.field.commitInput('', '');
      return;
    }
    const result = dateFromBoxes(this.boxes);
    if (result.ok) this.field.commitInput(result.value, '');
    else this.field.commitInput('', rawFromBoxes(this.boxes));
  }

  private onFocusOut(event: FocusEvent): void {
    // A whole date typed into the year box is spread over the boxes once the user leaves it.
    if (this.value && this.raw === '') {
      this.boxes = boxesFromIso(this.value);
      this.requestUpdate();
    }
    this.field.onFocusOut(event);
  }

  private renderBox(box: DateBox, unit: string, invalid: readonly DateBox[]) {
    const describedBy = [
      this.field.visibleError ? 'error' : '',
      box === 'year' ? 'combined' : '',
    ].filter(Boolean);
    return html`<span class="box">
      <input
        id=${box}
        class=${box}
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        data-box=${box}
        .value=${live(this.boxes[box])}
        aria-invalid=${invalid.includes(box) ? 'true' : 'false'}
        aria-describedby=${describedBy.join(' ')}
        @input=${this.onBox}
      /><label for=${box}>${unit}</label>
    </span>`;
  }

  protected override render() {
    const reading = this.value ? readingOf(this.value) : '';
    const invalid = this.invalidBoxes;
    return html`
      <fieldset part="fieldset" aria-describedby=${this.field.describedBy(...(reading ? ['reading'] : []))}>
        ${this.field.renderLegend()}
        <div class="after-legend">${this.field.renderHint()}</div>
        <div class="boxes" @focusout=${this.onFocusOut}>
          <span class="box">
            <label for="era" class="visually-hidden">元号</label>
            <select id="era" part="input" data-box="era" @change=${this.onBox}>
              ${eraChoices.map(
                (era) =>
                  html`<option value=${era} ?selected=${this.boxes.era === era}>${era}</option>`,
              )}
            </select>
          </span>
          ${this.renderBox('year', '年', invalid)} ${this.renderBox('month', '月', invalid)}
          ${this.renderBox('day', '日', invalid)}
        </div>
        <p class="combined" id="combined">
          年の欄に「R8.11.23」や「2026/11/23」とまとめて入力することもできます。
        </p>
        ${reading ? html`<p class="reading" id="reading" part="reading">${reading}</p>` : ''}
        ${this.field.renderError()}
      </fieldset>
    `;
  }
}

/** '2026-11-23' → 「令和8年11月23日（2026年）」, as the review page reads it; '' for what has no 和暦. */
function readingOf(iso: string): string {
  try {
    return formatWarekiWithSeireki(iso);
  } catch {
    return '';
  }
}

/** Text from a form state or draft → value and raw. */
function fromText(text: string): { value: string; raw: string } {
  if (text === '') return { value: '', raw: '' };
  const result = dateFromRaw(text);
  return result.ok ? { value: result.value, raw: '' } : { value: '', raw: text };
}
