import { css, html, LitElement, nothing } from 'lit';
import { wizardStyles } from './wizard-styles.ts';

/** Where a step stands: `skipped` steps do not apply to this claim and are not counted. */
export type StepState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface StepItem {
  readonly id: string;
  readonly title: string;
  readonly state: StepState;
  /** An upcoming step the user has already seen (they went back): it may be jumped to. */
  readonly visited?: boolean;
}

/** Detail of `koiki-step-select`, shared with the review list. */
export interface StepSelectDetail {
  readonly id: string;
}

/** 「3 / 7 経費」: the current step's place among the steps that apply, or '' with no current step. */
export function stepProgress(steps: readonly StepItem[]): string {
  const counted = steps.filter((step) => step.state !== 'skipped');
  const index = counted.findIndex((step) => step.state === 'current');
  const current = counted[index];
  return current ? `${index + 1} / ${counted.length} ${current.title}` : '';
}

/** A step can be jumped to once the user has been there, never to itself or a skipped step. */
export function isSelectable(step: StepItem): boolean {
  return step.state === 'done' || (step.state === 'upcoming' && step.visited === true);
}

const stateText: Record<StepState, string> = {
  done: '入力済み',
  current: '',
  upcoming: '',
  skipped: '対象外',
};

/**
 * <koiki-step-list>: the ordered steps of a wizard with progress 「3 / 7 経費」.
 * Visited steps are buttons that emit `koiki-step-select` {id}; the current one has aria-current="step".
 */
export class KoikiStepList extends LitElement {
  static override properties = {
    steps: { attribute: false },
    label: {},
  };
  static override styles = [
    wizardStyles,
    css`
      .progress {
        margin: 0 0 8px;
        font-weight: 700;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: step;
      }
      li {
        counter-increment: step;
        display: flex;
        align-items: baseline;
        gap: 8px;
        padding: 4px 0;
      }
      li::before {
        content: counter(step);
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 1.75em;
        height: 1.75em;
        border-radius: 50%;
        border: 1px solid var(--_border);
        font-size: 0.875em;
      }
      li.done::before {
        content: '✓';
        background: var(--_primary);
        border-color: var(--_primary);
        color: var(--_background);
      }
      li[aria-current='step'] {
        font-weight: 700;
      }
      li[aria-current='step']::before {
        border: 2px solid var(--_primary);
        color: var(--_primary);
      }
      li.skipped .title {
        text-decoration: line-through;
      }
      .state {
        font-size: 0.875em;
      }
      button.link {
        text-align: start;
      }
    `,
  ];

  steps: readonly StepItem[] = [];
  /** Accessible name of the navigation landmark. */
  label = '申請の手順';

  override render() {
    const progress = stepProgress(this.steps);
    return html`
      <nav aria-label=${this.label} part="nav">
        ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing}
        <ol part="list">
          ${this.steps.map((step) => this.renderStep(step))}
        </ol>
      </nav>
    `;
  }

  private renderStep(step: StepItem) {
    const title = isSelectable(step)
      ? html`<button type="button" class="link title" @click=${() => this.select(step)}>
          ${step.title}
        </button>`
      : html`<span class="title">${step.title}</span>`;
    const state = stateText[step.state];
    return html`<li
      class=${step.state}
      part="step step-${step.state}"
      aria-current=${step.state === 'current' ? 'step' : nothing}
    >
      ${title}${state ? html`<span class="state secondary">（${state}）</span>` : nothing}
    </li>`;
  }

  private select(step: StepItem) {
    const detail: StepSelectDetail = { id: step.id };
    this.dispatchEvent(
      new CustomEvent('koiki-step-select', { detail, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('koiki-step-list')) customElements.define('koiki-step-list', KoikiStepList);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-step-list': KoikiStepList;
  }
}
