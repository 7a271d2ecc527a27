// The behaviour every field shares, in one reactive controller: form association through
// ElementInternals, the label, 要否 badge, hint and error markup, and the koiki-change / koiki-blur
// events the engine listens to. A field shows only the error it is given (`error`): the session
// decides every error, its words and when it shows; the field never raises a message of its own.
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
  /** The error to show, worded by whoever decides errors (the session); '' for none. */
  error: string;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Detail of the koiki-change event, fired on every input. */
export interface FieldChangeDetail<V> {
  value: V;
  raw: string;
  /** True when the field could read what was typed (its own reading finds nothing unreadable). */
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
  /**
   * Why a host page's native <form> should refuse the value (the browser's own bubble), or ''.
   * Never shown by the field: the field shows only `error`. Required is checked for you.
   */
  check?(value: V, raw: string): string;
  /** The native form's message for a required field left empty (browser bubble only). */
  missingMessage?(label: string): string;
  /** The element that gets focus and anchors the browser's validation bubble. */
  focusTarget(): HTMLElement | null | undefined;
}

/** Shared field behaviour; create one in the element's constructor. */
export class FieldController<V> implements ReactiveController {
  readonly internals: ElementInternals;
  private initial: { value: V; raw: string } | undefined;
  private shownError = '';
  private announceCount = 0;

  constructor(
    private readonly host: FieldHost<V>,
    private readonly behaviour: FieldBehaviour<V>,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {
    this.initial ??= { value: this.host.value, raw: this.host.raw };
  }

  hostUpdate(): void {
    // Before each render: a new error gets a new live element, so it is announced again.
    const visible = this.visibleError;
    if (visible !== this.shownError) {
      this.shownError = visible;
      if (visible) this.announceCount += 1;
    }
  }

  hostUpdated(): void {
    this.syncForm();
  }

  /** Why a native form would refuse the value (its bubble), or ''; never shown by the field. */
  get ownMessage(): string {
    const { value, raw, required, label } = this.host;
    const problem = this.behaviour.check?.(value, raw) ?? '';
    if (problem) return problem;
    if (required && this.behaviour.isEmpty(value, raw)) {
      return (this.behaviour.missingMessage ?? fieldMessages.missingText)(label);
    }
    return '';
  }

  /** The error the user sees: exactly the one given from outside. */
  get visibleError(): string {
    return this.host.error || '';
  }

  /** Call on every user input with the parsed value and the text that did not parse. */
  commitInput(value: V, raw: string): void {
    this.host.value = value;
    this.host.raw = raw;
    this.host.requestUpdate();
    const readable = !this.behaviour.check?.(value, raw);
    this.emit('koiki-change', { value, raw, valid: readable });
  }

  /** Bind to @focusout on the field's inputs: reports koiki-blur only when focus leaves the field. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.host.shadowRoot?.contains(next)) return;
    this.markTouched();
  };

  /** Call when focus leaves the field (onFocusOut does this for you). */
  markTouched(): void {
    this.emit('koiki-blur', { value: this.host.value, raw: this.host.raw });
  }

  /** Focuses the field's first input. */
  focus(options?: FocusOptions): void {
    this.behaviour.focusTarget()?.focus(options);
  }

  /** formResetCallback: back to the value the field started with. */
  reset(): void {
    const start = this.initial ?? { value: this.host.value, raw: '' };
    this.host.value = start.value;
    this.host.raw = start.raw;
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

  /** Call from the element's formAssociatedCallback: a form now holds the field's value. */
  associated(): void {
    // Synced after the next render (this may come before the first one).
    this.host.requestUpdate();
  }

  private syncForm(): void {
    const { value, raw } = this.host;
    // Only a form submits the value: a 200-row table in the assistant (no form around it) would
    // otherwise turn all its rows into JSON at every keystroke. `associated` catches up.
    if (this.internals.form) {
      const formValue = raw !== '' ? raw : this.behaviour.toFormValue(value);
      this.internals.setFormValue(formValue, raw !== '' ? raw : formValue);
    }
    // The given error first; the field's own reason only for a host page's native form.
    const message = this.host.error || this.ownMessage;
    if (!message) {
      this.internals.setValidity({});
    } else {
      const missing = !this.host.error && this.host.required && this.behaviour.isEmpty(value, raw);
      // Looked up only for a message: in a 200-row table the lookup searches every row's cells,
      // and a valid field (most of them, at most keystrokes) has no bubble to anchor.
      const anchor = this.behaviour.focusTarget() ?? undefined;
      this.internals.setValidity(
        missing ? { valueMissing: true } : { customError: true },
        message,
        anchor,
      );
    }
    this.setState('user-invalid', this.visibleError !== '');
  }

  private setState(state: string, on: boolean): void {
    if (on) this.internals.states.add(state);
    else this.internals.states.delete(state);
  }

  private emit(type: 'koiki-change' | 'koiki-blur', detail: object): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
