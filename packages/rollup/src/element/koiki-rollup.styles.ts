import { css } from 'lit';

// Colours and type follow the assistant's custom properties (--koiki-*), so one theme serves both.
// Focus: a black outline and a yellow ring, at least 3:1 against both the control and the page.
export const rollupStyles = css`
  /* Shadow !important beats the host page's !important, so page rules cannot reach the host box. */
  :host {
    all: initial !important;
    display: block !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    font-family: var(--koiki-font-family, 'Noto Sans JP', 'BIZ UDPGothic', 'Hiragino Sans', 'Meiryo', sans-serif);
    font-size: var(--koiki-font-size, 16px);
    line-height: 1.7;
    color: var(--koiki-color-text, #1a1a1c);
    background: var(--koiki-color-surface, #fff);
    border: 1px solid var(--koiki-color-border, #767676);
    border-radius: 8px;
    padding: 16px 24px;
    -webkit-text-size-adjust: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 8px;
  }
  h3 {
    font-size: 1.125em;
    margin: 24px 0 8px;
  }
  h4 {
    font-size: 1em;
    margin: 16px 0 4px;
  }
  [hidden] {
    display: none !important;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-block-size: 44px;
    padding: 6px 16px;
    border: 1px solid var(--koiki-color-primary, #0017c1);
    border-radius: 6px;
    background: var(--koiki-color-surface, #fff);
    color: var(--koiki-color-primary, #0017c1);
  }
  button.danger {
    border-color: var(--koiki-color-error, #ce0000);
    color: var(--koiki-color-error, #ce0000);
  }
  button.link {
    min-block-size: 24px;
    border: 0;
    padding: 2px 4px;
    background: transparent;
    text-decoration: underline;
  }
  button.sort {
    min-block-size: 24px;
    border: 0;
    padding: 0;
    background: transparent;
    color: inherit;
    font-weight: bold;
    text-align: start;
  }
  .arrow {
    margin-inline-start: 4px;
    font-size: 0.75em;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  [tabindex]:focus-visible {
    outline: 4px solid var(--koiki-color-focus-outline, #000);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--koiki-color-focus-ring, #ffd43d);
  }
  .hint {
    margin: 4px 0;
    color: var(--koiki-color-text-secondary, #4d4d4d);
    font-size: 0.875em;
  }
  .drop-zone {
    display: grid;
    gap: 4px;
    padding: 16px;
    border: 2px dashed var(--koiki-color-border, #767676);
    border-radius: 8px;
  }
  .drop-zone.dragging {
    border-color: var(--koiki-color-primary, #0017c1);
    background: var(--koiki-color-primary-bg, #e8f1fe);
  }
  .drop-zone label {
    font-weight: bold;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-block: 12px;
  }
  .notice {
    padding: 8px 12px;
    border-inline-start: 4px solid var(--koiki-color-error, #ce0000);
    color: var(--koiki-color-error, #ce0000);
    font-weight: bold;
  }
  .refused ul,
  .findings,
  .reasons {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin-block: 8px;
  }
  .filters label {
    display: grid;
    gap: 2px;
    font-weight: bold;
  }
  .filters select,
  .filters input {
    min-block-size: 44px;
    padding: 4px 8px;
    border: 1px solid var(--koiki-color-border, #767676);
    border-radius: 6px;
    font-weight: normal;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block: 4px;
  }
  th,
  td {
    padding: 6px 8px;
    border-bottom: 1px solid var(--koiki-color-border, #767676);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: normal;
  }
  table.claims {
    min-inline-size: 60rem;
  }
  .claims .form {
    min-inline-size: 9em;
  }
  .claims .reasons-cell {
    min-inline-size: 18em;
  }
  .claims .file {
    min-inline-size: 10em;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .nowrap {
    white-space: nowrap;
  }
  .file {
    word-break: break-all;
  }
  .status {
    display: inline-block;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-weight: bold;
    white-space: nowrap;
  }
  .status.check {
    color: var(--koiki-color-warning, #a33c00);
  }
  .status.bad {
    color: var(--koiki-color-error, #ce0000);
  }
  .not-counted {
    display: block;
    font-size: 0.75em;
  }
  .overall strong {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .counts {
    display: block;
  }
  .totals {
    margin-block-end: 16px;
  }
  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-block: 8px;
  }
  .actions .hint {
    flex-basis: 100%;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 16px;
  }
  .facts dd {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .root {
      border: 0;
      padding: 0;
      font-size: 10pt;
    }
    .table-scroll {
      overflow: visible;
    }
    table.claims {
      min-inline-size: 0;
    }
    .arrow {
      display: none;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    .status,
    .status.check,
    .status.bad {
      color: #000;
    }
  }
`;
