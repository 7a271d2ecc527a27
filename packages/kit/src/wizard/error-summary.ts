import { css, html, LitElement, nothing } from 'lit';
import { wizardStyles } from './wizard-styles.ts';

/**
 * One problem on the step: `path` names the field to focus; `message` is exactly the words the
 * field shows inline (the host words them once, naming the field, e.g. 「人件費を入力してください。」).
 */
export interface ErrorSummaryItem {
  readonly path: string;
  readonly message: string;
}

/** Detail of `koiki-focus-field`. */
export interface FocusFieldDetail {
  readonly path: string;
}

/**
 * <koiki-error-summary>: the GOV.UK error summary at the top of a step. Renders nothing without items.
 * Each link's text is the item's message as given, in the order given (the page's order).
 * After a failed "next" the host sets `items` and calls `focus()`. Each link emits `koiki-focus-field`
 * {path} (cancelable) and, unless a listener cancelled it, calls `focusField(path)` when set: the host
 * focuses the field and scrolls its label into view. The summary never looks for fields itself.
 */
export class KoikiErrorSummary extends LitElement {
  static override properties = {
    items: { attribute: false },
    heading: {},
    focusField: { attribute: false },
  };
  static override styles = [
    wizardStyles,
    css`
      .summary {
        border: 4px solid var(--_error);
        border-radius: 8px;
        padding: 16px 24px;
      }
      .summary:focus {
        outline: 4px solid var(--_focus-outline);
        outline-offset: 2px;
      }
      h2 {
        font-size: 1.25em;
        margin: 0 0 8px;
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
      }
      a {
        color: var(--_error);
        font-weight: 700;
        text-underline-offset: 3px;
      }
    `,
  ];

  items: readonly ErrorSummaryItem[] = [];
  heading = '入力内容を確認してください';
  focusField?: (path: string) => void;

  /** Moves focus to the summary so a screen reader reads it at once (GOV.UK: on failed submit). */
  override focus(options?: FocusOptions) {
    const summary = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (!summary) return;
    summary.focus(options);
    summary.scrollIntoView?.({ block: 'start' });
  }

  override render() {
    if (this.items.length === 0) return nothing;
    return html`
      <div class="summary" role="alert" tabindex="-1" aria-labelledby="heading" part="summary">
        <h2 id="heading" part="heading">${this.heading}</h2>
        <ul part="list">
          ${this.items.map(
            (item) => html`<li>
              <a href=${`#${item.path}`} @click=${(event: Event) => this.follow(event, item)}
                >${item.message}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private follow(event: Event, item: ErrorSummaryItem) {
    event.preventDefault();
    const detail: FocusFieldDetail = { path: item.path };
    const focusEvent = new CustomEvent('koiki-focus-field', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(focusEvent)) this.focusField?.(item.path);
  }
}

if (!customElements.get('koiki-error-summary'))
  customElements.define('koiki-error-summary', KoikiErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-error-summary': KoikiErrorSummary;
  }
}
