import { css } from 'lit';

export const dantaiPickerStyles = css`
  .combo {
    position: relative;
    max-width: 28rem;
  }
  input {
    width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    max-height: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_background);
    outline: 2px solid var(--_focus-outline);
    outline-offset: -2px;
  }
  [role='option']:hover {
    text-decoration: underline;
  }
  .option-code {
    font-variant-numeric: tabular-nums;
    font-size: var(--_font-size-small);
  }
  .code {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }
  .status {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
`;
