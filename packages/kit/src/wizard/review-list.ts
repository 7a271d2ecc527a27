import { css, html, LitElement, nothing } from 'lit';
import type { StepSelectDetail } from './step-list.ts';
import { wizardPrintStyles, wizardStyles } from './wizard-styles.ts';

/** One answer as the user will read it: `value` is display text, several lines as an array. */
export interface ReviewItem {
  readonly path: string;
  readonly label: string;
  readonly value: string | readonly string[];
  /** False for a computed answer (derived from others): it has no 「変更」. */
  readonly changeable?: boolean;
  /** The heading the answer is listed under (one item of a repeated group, e.g. 「連携協約 2：…」). */
  readonly group?: string;
}

/** The answers of one step; 「変更」 takes the user back to `stepId`. */
export interface ReviewSection {
  readonly stepId: string;
  readonly title: string;
  readonly items: readonly ReviewItem[];
}

/** Detail of `koiki-step-select` from a review list: which step, and which answer to focus there. */
export interface ReviewSelectDetail extends StepSelectDetail {
  readonly path: string;
}

const EMPTY = '未入力';

/** Consecutive items under the same group heading (none for a step's own answers). */
function runs(items: readonly ReviewItem[]): { group: string; items: ReviewItem[] }[] {
  const result: { group: string; items: ReviewItem[] }[] = [];
  for (const item of items) {
    const group = item.group ?? '';
    const last = result.at(-1);
    if (last && last.group === group) last.items.push(item);
    else result.push({ group, items: [item] });
  }
  return result;
}

function lines(value: string | readonly string[]): readonly string[] {
  const list = typeof value === 'string' ? [value] : value;
  return list.filter((line) => line.trim() !== '');
}

/**
 * <koiki-review-list>: every answer grouped by step, as description lists, each with a 「変更」
 * button named after its label (aria-label 「申請団体を変更」, the visible 「変更」 inside it) that emits `koiki-step-select` {id, path}.
 * Prints without buttons.
 */
export class KoikiReviewList extends LitElement {
  static override properties = {
    sections: { attribute: false },
  };
  static override styles = [
    wizardStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .section + .section {
        margin-top: 24px;
      }
      h3 {
        font-size: 1.125em;
        margin: 0 0 8px;
      }
      h4.group {
        font-size: 1em;
        margin: 16px 0 8px;
      }
      dl {
        margin: 0;
        border-top: 1px solid var(--_border);
      }
      .row {
        display: grid;
        grid-template-columns: minmax(8em, 1fr) 2fr auto;
        gap: 8px 16px;
        padding: 8px 0;
        border-bottom: 1px solid var(--_border);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
        overflow-wrap: break-word;
        min-width: 0;
      }
      dd p {
        margin: 0;
      }
      .empty {
        color: var(--_text-muted);
      }
      /* Narrow (a side panel, a phone): label and button on one line, the answer below. */
      @container (max-width: 30rem) {
        .row {
          grid-template-columns: 1fr auto;
        }
        .row dd.value {
          grid-column: 1 / -1;
          grid-row: 2;
        }
      }
    `,
    wizardPrintStyles,
  ];

  sections: readonly ReviewSection[] = [];

  override render() {
    return this.sections.map(
      (section) => html`<div class="section" part="section">
        <h3 id=${`step-${section.stepId}`}>${section.title}</h3>
        ${runs(section.items).map(
          (
            run,
          ) => html`${run.group ? html`<h4 class="group" part="group">${run.group}</h4>` : nothing}
            <dl part="list">${run.items.map((item) => this.renderItem(section, item))}</dl>`,
        )}
      </div>`,
    );
  }

  private renderItem(section: ReviewSection, item: ReviewItem) {
    const shown = lines(item.value);
    return html`<div class="row" part="row">
      <dt>${item.label}</dt>
      <dd class="value">
        ${
          shown.length === 0
            ? html`<span class="empty">${EMPTY}</span>`
            : shown.map((line) => html`<p>${line}</p>`)
        }
      </dd>
      ${
        item.changeable === false
          ? nothing
          : html`<dd class="action">
        <button
          type="button"
          class="link"
          aria-label=${item.group ? `${item.group} ${item.label}を変更` : `${item.label}を変更`}
          @click=${() => this.change(section, item)}
        >
          変更
        </button>
      </dd>`
      }
    </div>`;
  }

  private change(section: ReviewSection, item: ReviewItem) {
    const detail: ReviewSelectDetail = { id: section.stepId, path: item.path };
    this.dispatchEvent(
      new CustomEvent('koiki-step-select', { detail, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('koiki-review-list'))
  customElements.define('koiki-review-list', KoikiReviewList);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-review-list': KoikiReviewList;
  }
}
