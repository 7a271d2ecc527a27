// 団体 picker: an editable combobox with a listbox popup (WAI-ARIA Authoring Practices, "list"
// autocomplete with manual selection). Search by name, reading or code; the value is the 6-digit
// 団体コード. The 団体 list (about 95 kB) is loaded on first focus or input, not with the page.
import {
  type Dantai,
  type DantaiKind,
  findDantai,
  loadDantaiList,
  parseDantaiCode,
  searchDantai,
} from '@koiki/schemas';
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldStyles } from '../../field/field.styles.ts';
import { FieldController, fieldProperties } from '../../field/field-controller.ts';
import { dantaiLabel } from './dantai-label.ts';
import { dantaiPickerStyles } from './dantai-picker.styles.ts';
import { dantaiPickerMessages as messages } from './dantai-picker-messages.ts';

export class KoikiDantaiPicker extends LitElement {
  static formAssociated = true;
  static override properties = {
    ...fieldProperties,
    value: { type: String },
    kinds: { attribute: false },
    exclude: { attribute: false },
    limit: { type: Number },
    list: { state: true },
    query: { state: true },
    open: { state: true },
    active: { state: true },
    status: { state: true },
  };
  static override styles = [fieldStyles, dantaiPickerStyles];

  label = '';
  hint = messages.hint;
  required = false;
  name = '';
  /** The chosen 団体's 6-digit code, or ''. */
  value = '';
  /** What the user typed without choosing a 団体 from the list. */
  raw = '';
  error = '';
  /** Only these kinds are offered (e.g. every kind but 都道府県); all when undefined. */
  kinds: readonly DantaiKind[] | undefined = undefined;
  /** Codes never offered (e.g. the applicant itself in a list of partners). */
  exclude: readonly string[] = [];
  /** Most options shown at once. */
  limit = 20;

  private list: readonly Dantai[] | null = null;
  private loading: Promise<void> | null = null;
  /** The text in the box. */
  private query = '';
  private open = false;
  /** Index of the option marked by aria-activedescendant, -1 for none. */
  private active = -1;
  private results: Dantai[] = [];
  private moreThanLimit = false;
  /** The user has typed since the last choice: their text is a search, even a whole 団体コード. */
  private typing = false;
  /** What the polite status region says. */
  private status = '';

  readonly field = new FieldController<string>(this, {
    isEmpty: (value, raw) => value === '' && raw === '',
    toFormValue: (value) => value || null,
    fromFormState: (state) => {
      const text = typeof state === 'string' ? state : '';
      return /^\d{6}$/.test(text) ? { value: text, raw: '' } : { value: '', raw: text };
    },
    check: (value, raw) => (value === '' && raw !== '' ? messages.notChosen : ''),
    missingMessage: messages.missing,
    focusTarget: () => this.input,
  });

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#input');
  }

  /** The chosen 団体, once the list is loaded. */
  get selected(): Dantai | undefined {
    return this.list && this.value ? findDantai(this.list, this.value) : undefined;
  }

  override focus(options?: FocusOptions): void {
    this.field.focus(options);
  }

  formAssociatedCallback(): void {
    this.field.associated();
  }

  formResetCallback(): void {
    this.field.reset();
    this.query = this.textFor(this.value, this.raw);
    this.close();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.field.restore(state);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A value set from outside (a draft, a restore) shows as its name; the user's typing stays.
    if (changed.has('value') || changed.has('raw') || changed.has('list')) {
      if (!this.open) this.query = this.textFor(this.value, this.raw);
      if (this.value && !this.list) void this.ensureLoaded();
    }
  }

  private textFor(value: string, raw: string): string {
    if (raw) return raw;
    if (!value) return '';
    const dantai = this.list ? findDantai(this.list, value) : undefined;
    return dantai ? dantaiLabel(dantai) : value;
  }

  /** Starts loading the 団体 list once; resolves when it is there (or failed). */
  private ensureLoaded(): Promise<void> {
    this.loading ??= (async () => {
      this.status = messages.loading;
      try {
        this.list = await loadDantaiList();
        this.status = '';
        // Typed while the list was loading (a fast typist, a slow PC): show the suggestions now,
        // also for a whole code, which is already the answer but should show its 団体名.
        if (this.query && (this.typing || this.raw || !this.value)) this.search(this.query);
      } catch {
        this.status = messages.loadFailed;
      }
    })();
    return this.loading;
  }

  /** The list with the `kinds` and `exclude` filters applied. */
  private candidates(list: readonly Dantai[]): readonly Dantai[] {
    const kinds = this.kinds;
    if (!kinds && this.exclude.length === 0) return list;
    return list.filter(
      (dantai) => (!kinds || kinds.includes(dantai.kind)) && !this.exclude.includes(dantai.code),
    );
  }

  private search(query: string): void {
    if (!this.list) return;
    const found = query.trim()
      ? searchDantai(this.candidates(this.list), query, this.limit + 1)
      : [];
    this.moreThanLimit = found.length > this.limit;
    this.results = found.slice(0, this.limit);
    this.active = -1;
    this.open = this.results.length > 0;
    if (!query.trim()) this.status = '';
    else if (this.results.length === 0) this.status = messages.none;
    else
      this.status = this.moreThanLimit
        ? messages.tooMany(this.limit)
        : messages.found(this.results.length);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.typing = true;
    // A whole valid 団体コード is an answer even when the list lacks it: 一部事務組合・広域連合
    // are not in the list and are entered by their 6-digit code.
    const code = parseDantaiCode(this.query);
    if (code.ok) this.field.commitInput(code.value, '');
    else this.field.commitInput('', this.query);
    void this.ensureLoaded();
    this.search(this.query);
  }

  private choose(dantai: Dantai): void {
    this.typing = false;
    this.query = dantaiLabel(dantai);
    this.close();
    this.status = '';
    this.field.commitInput(dantai.code, '');
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  /** Opens the list on the current text and marks an option (first or last). */
  private openAt(index: 'first' | 'last' | 'none'): void {
    if (!this.open) this.search(this.query);
    if (!this.open) return;
    if (index !== 'none') this.active = index === 'first' ? 0 : this.results.length - 1;
  }

  private move(step: 1 | -1): void {
    const count = this.results.length;
    // From the box, down goes to the first option and up to the last; moves wrap around.
    this.active =
      this.active < 0 ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open)
          this.openAt(event.altKey ? 'none' : event.key === 'ArrowDown' ? 'first' : 'last');
        else if (!event.altKey) this.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        const option = this.open ? this.results[this.active] : undefined;
        if (option) {
          event.preventDefault();
          this.choose(option);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
          this.status = '';
          this.field.commitInput('', '');
        }
        break;
      case 'Home':
      case 'End':
        // Back to editing: the caret moves in the box (the browser does that), no option is marked.
        this.active = -1;
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private onFocus(): void {
    void this.ensureLoaded();
  }

  private onFocusOut(event: FocusEvent): void {
    this.typing = false;
    this.close();
    this.field.onFocusOut(event);
  }

  protected override updated(): void {
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`);
    option?.scrollIntoView?.({ block: 'nearest' });
  }

  private renderCode() {
    if (!this.value) return '';
    return html`<p class="code" id="code" part="code">${messages.code(this.value)}</p>`;
  }

  protected override render() {
    const invalid = this.field.visibleError !== '' ? 'true' : 'false';
    const expanded = this.open ? 'true' : 'false';
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : '';
    return html`
      ${this.field.renderLabel('input')} ${this.field.renderHint()}
      <div class="combo">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${expanded}
          aria-controls="listbox"
          aria-activedescendant=${activeId}
          aria-invalid=${invalid}
          aria-describedby=${this.field.describedBy(...(this.value ? ['code'] : []))}
          ?required=${this.required}
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${this.onFocus}
          @focusout=${this.onFocusOut}
        />
        <ul
          id="listbox"
          role="listbox"
          part="listbox"
          aria-label=${messages.listLabel(this.label)}
          ?hidden=${!this.open}
        >
          ${this.results.map(
            (dantai, index) => html`<li
              id=${`option-${index}`}
              role="option"
              part="option"
              aria-selected=${index === this.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.choose(dantai)}
            >
              <span>${dantaiLabel(dantai)}</span> <span class="option-code">${dantai.code}</span>
            </li>`,
          )}
        </ul>
      </div>
      ${this.renderCode()}
      <p class="status" role="status" part="status">${this.status}</p>
      ${this.field.renderError()}
    `;
  }
}
