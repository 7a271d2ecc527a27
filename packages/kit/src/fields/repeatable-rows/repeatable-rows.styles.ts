import { css } from 'lit';

// Narrow (a phone, a side panel): each row's cells stacked with their labels. Wide: one line per
// row; when every row has the same cells, the labels move to column headings above the rows
// (still each cell's accessible name), else the cells wrap within the row with their labels.
export const repeatableRowsStyles = css`
  :host {
    display: block;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    padding: 0.75rem 0;
    border-block-start: 1px solid var(--_border);
    break-inside: avoid;
  }
  .row:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .row-group {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem 0.75rem;
  }
  .row-note {
    margin: 0.5rem 0 0;
    font-size: var(--_font-size-small);
  }
  .row-number {
    font-size: var(--_font-size-small);
    font-weight: var(--_bold);
    color: var(--_text-muted);
  }
  /* The cell contains its visually hidden labels: hidden labels positioned against the page
     would make every keystroke lay out all of them again (measured: 48 ms with 200 rows). */
  .cell {
    position: relative;
    min-width: 0;
  }
  /* A menu in a cell takes the column's width, not its own minimum. */
  .cell[data-control='select'] > *::part(input) {
    min-width: 0;
    width: 100%;
  }
  .headings {
    display: none;
  }
  .paste-help {
    margin: 0 0 0.5rem;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .info output {
    display: block;
  }
  /* Set by the element from its own width (a ResizeObserver, cheaper than a container query). */
  :host([wide]) .row-group,
  :host([wide]) .uniform .headings {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem 0.75rem;
  }
  :host([wide]) .row-number {
    flex: 0 0 3rem;
    padding-block-start: 0.5rem;
  }
  :host([wide]) .uniform .cell,
  :host([wide]) .uniform .heading {
    flex: 2 1 0;
  }
  :host([wide]) .uniform [data-control='yen'],
  :host([wide]) .uniform [data-control='decimal'],
  :host([wide]) .uniform [data-control='fiscal-year'],
  :host([wide]) .uniform [data-control='select'] {
    flex-grow: 1.2;
  }
  :host([wide]) .uniform [data-control='date'] {
    flex-grow: 3;
  }
  :host([wide]) .uniform .actions,
  :host([wide]) .uniform .headings > :last-child {
    flex: 0 0 13rem;
  }
  :host([wide]) .uniform .headings {
    padding-block-end: 0.25rem;
    font-weight: var(--_bold);
    font-size: var(--_font-size-small);
  }
  :host([wide]) .headings .badge {
    margin-inline-start: 0.25rem;
  }
  :host([wide]) .heading-hint {
    display: block;
    font-weight: normal;
    color: var(--_text-muted);
  }
  /* The heading names the column; the cell's own label stays for assistive tech. */
  :host([wide]) .uniform .cell > *::part(label),
  :host([wide]) .uniform .cell > *::part(badge),
  :host([wide]) .uniform .cell > *::part(hint) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([wide]) .varied .row-group {
    flex-wrap: wrap;
  }
  :host([wide]) .varied .row-number {
    flex-basis: 100%;
    padding: 0;
  }
  :host([wide]) .varied .cell {
    flex: 1 1 14rem;
  }
  :host([wide]) .varied .cell[data-control='date'] {
    flex-basis: 19rem;
  }
  :host([wide]) .varied .actions {
    flex-basis: 100%;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    background: var(--_background);
    cursor: pointer;
  }
  button.add {
    margin-block-start: 0.75rem;
    font-weight: var(--_bold);
  }
  button:focus-visible {
    outline: 4px solid var(--_focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-ring);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0.75rem 0 0;
    padding: 0.5rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_background);
  }
  .notice p,
  .max,
  .total {
    margin: 0;
  }
  .max {
    color: var(--_text-muted);
  }
  .totals {
    margin: 0.5rem 0 0;
  }
  .total {
    font-weight: var(--_bold);
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    button,
    .notice,
    .paste-help {
      display: none !important;
    }
  }
`;
