import { css } from 'lit';

export const repeatableRowsStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    margin: 0 0 1rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .row > fieldset > legend {
    float: none;
    margin-block-end: 0.5rem;
    font-size: var(--_font-size);
  }
  .cells {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 1rem;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    background: var(--_background);
    cursor: pointer;
  }
  button.add {
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
    margin: 0 0 1rem;
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
    .notice {
      display: none !important;
    }
  }
`;
