// The behaviour every field shares, in one reactive controller: form association through
// ElementInternals, touched/dirty/submitted state, when an error shows, the label, 要否 badge, hint
// and error markup, and the koiki-change / koiki-blur events the engine listens to.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { fieldMessages } from './messages.ts';

/** The public properties every field has; a field adds its own `value` declaration. */
export const fieldProperties = {
  label: { type: String },
  hint: { type: String },
  required: { type: Boolean, reflect: true },
  name: { type: String, reflect: true },
  raw: { type: String },
  error: { type: String },
  submitted: { type: Boolean },
} as const;

/** What the controller needs from the element it serves. */
export interface FieldHost<V> extends HTMLElement {
  label: string;
  hint: string;
  required: boolean;
  name: string;
  /** The model value: number for yen and fiscal year, ISO string for dates, string(s) for choices. */
  value: V;
  /** Text the user typed that could not be parsed; '' when the value parsed. */
  raw: string;
  /** An error set from outside (the engine); shown at once. */
  error: string;
  /** Set from outside when the step was submitted; shows every error. */
  submitted: boolean;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Detail of the koiki-change event, fired on every input. */
export interface FieldChangeDetail<V> {
  value: V;
  raw: string;
  /** True when the field itself finds nothing wrong (external `error` not included). */
  valid: boolean;
}

/** How one kind of field turns its value into form data and checks itself. */
export interface FieldBehaviour<V> {
  /** True when nothing is entered (the value to start from after a reset is the initial value). */
  isEmpty(value: V, raw: string): boolean;
  /** What a native form submits for this value. */
  toFormValue(value: V): string | FormData | null;
  /** The value (and unparsed text) back from what toFormValue or a restore gave. */
  fromFormState(state: string | File | FormData | null): { value: V; raw: string };
  /** The field's own complaint (parse, length), or '' when none. Required is checked for you. */
  check?(value: V, raw: string): string;
  /** Message for a required field left empty; defaults to 「…を入力してください。」 */
  missingMessage?(label: string): string;
  /** The element that gets focus and anchors the browser's validation bubble. */
  focusTarget(): HTMLElement | null | undefined;
}

/** Shared field behaviour; create one in the element's constructor. */
export class FieldController<V> implements ReactiveController {
  readonly internals: ElementInternals;
  /** The user has left the field at least once. */
  touched = false;
  /** The user has changed the value at least once. */
  dirty = false;
  private initial: { value: V; raw: string } | undefined;
  private shownError = '';
  private announceCount = 0;

  constructor(
    private readonly host: FieldHost<V>,
    private readonly behaviour: FieldBehaviour<V>,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
    // A native form's failed submit fires `invalid` on us: show errors as if submitted.
    host.addEventListener('invalid', () => {
      if (!this.host.submitted) this.host.submitted = true;
    });
  }

  hostConnected(): void {
    this.initial ??= { value: this.host.value, raw: this.host.raw };
  }

  hostUpdate(): void {
    // Before each render: decide the error to show; a new one gets a new live element.
    const visible = this.visibleError;
    if (visible !== this.shownError) {
      this.shownError = visible;
      if (visible) this.announceCount += 1;
    }
  }

  hostUpdated(): void {
    this.syncForm();
  }

  /** What is wrong with the field by its own rules, or '' (the basis of its validity). */
  get ownMessage(): string {
    const { value, raw, required, label } = this.host;
    const problem = this.behaviour.check?.(value, raw) ?? '';
    if (problem) return problem;
    if (required && this.behaviour.isEmpty(value, raw)) {
      return (this.behaviour.missingMessage ?? fieldMessages.missingText)(label);
    }
    return '';
  }

  /** True once the user has changed the value and left, or the step was submitted. */
  get interacted(): boolean {
    return (this.touched && this.dirty) || this.host.submitted;
  }

  /** The error the user sees now: own problems after interaction, an external error at once. */
  get visibleError(): string {
    const own = this.interacted ? this.ownMessage : '';
    return own || this.host.error || '';
  }

  /** Call on every user input with the parsed value and the text that did not parse. */
  commitInput(value: V, raw: string): void {
    this.host.value = value;
    this.host.raw = raw;
    this.dirty = true;
    this.host.requestUpdate();
    this.emit('koiki-change', { value, raw, valid: this.ownMessage === '' });
  }

  /** Bind to @focusout on the field's inputs: marks touched only when focus leaves the field. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.host.shadowRoot?.contains(next)) return;
    this.markTouched();
  };

  /** Call when focus leaves the field (onFocusOut does this for you). */
  markTouched(): void {
    this.touched = true;
    this.host.requestUpdate();
    this.emit('koiki-blur', { value: this.host.value, raw: this.host.raw });
  }

  /** Focuses the field's first input. */
  focus(options?: FocusOptions): void {
    this.behaviour.focusTarget()?.focus(options);
  }

  /** formResetCallback: back to the value the field started with, untouched. */
  reset(): void {
    const start = this.initial ?? { value: this.host.value, raw: '' };
    this.host.value = start.value;
    this.host.raw = start.raw;
    this.host.submitted = false;
    this.touched = false;
    this.dirty = false;
    this.host.requestUpdate();
  }

  /** formStateRestoreCallback: the browser brings back what the user had entered. */
  restore(state: string | File | FormData | null): void {
    const { value, raw } = this.behaviour.fromFormState(state);
    this.host.value = value;
    this.host.raw = raw;
    this.host.requestUpdate();
  }

  /** The ids for aria-describedby: the given ones, then hint and error when shown. */
  describedBy(...ids: string[]): string {
    const all = [...ids];
    if (this.host.hint) all.push('hint');
    if (this.shownError) all.push('error');
    return all.join(' ');
  }

  /** Label row for a single input: the label (naming it) and the 要否 badge beside it. */
  renderLabel(forId: string): TemplateResult {
    return html`<div class="label-row">
      <label for=${forId} id="label" part="label">${this.host.label}</label>${this.renderBadge()}
    </div>`;
  }

  /** Legend for a fieldset: must be the fieldset's first child; the badge follows it. */
  renderLegend(): TemplateResult {
    return html`<legend id="label" part="label">${this.host.label}</legend>${this.renderBadge()}`;
  }

  renderBadge(): TemplateResult {
    const required = this.host.required;
    return html`<span class="badge ${required ? 'required' : 'optional'}" part="badge"
      >${required ? fieldMessages.required : fieldMessages.optional}</span
    >`;
  }

  renderHint(): TemplateResult | typeof nothing {
    if (!this.host.hint) return nothing;
    return html`<p class="hint" id="hint" part="hint">${this.host.hint}</p>`;
  }

  /** The error, re-created (and so re-announced by role=alert) each time a new one shows. */
  renderError(): unknown {
    if (!this.shownError) return nothing;
    return keyed(
      this.announceCount,
      html`<p class="error" id="error" part="error" role="alert">
        <span class="visually-hidden">${fieldMessages.errorPrefix}</span>${this.shownError}
      </p>`,
    );
  }

  private syncForm(): void {
    const { value, raw } = this.host;
    const formValue = raw !== '' ? raw : this.behaviour.toFormValue(value);
    this.internals.setFormValue(formValue, raw !== '' ? raw : formValue);
    const own = this.ownMessage;
    const message = own || this.host.error || '';
    const anchor = this.behaviour.focusTarget() ?? undefined;
    if (!message) {
      this.internals.setValidity({});
    } else if (!own && this.host.error) {
      this.internals.setValidity({ customError: true }, message, anchor);
    } else {
      const missing = this.host.required && this.behaviour.isEmpty(value, raw);
      this.internals.setValidity(
        missing ? { valueMissing: true } : { customError: true },
        message,
        anchor,
      );
    }
    this.setState('user-invalid', this.visibleError !== '');
    this.setState('user-valid', this.interacted && message === '');
  }

  private setState(state: string, on: boolean): void {
    if (on) this.internals.states.add(state);
    else this.internals.states.delete(state);
  }

  private emit(type: 'koiki-change' | 'koiki-blur', detail: object): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
