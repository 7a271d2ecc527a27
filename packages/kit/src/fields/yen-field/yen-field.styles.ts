import { css } from 'lit';

export const yenFieldStyles = css`
  .control {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input {
    width: 100%;
    max-width: 16rem;
    text-align: end;
  }
  .unit {
    font-weight: var(--_bold);
  }
  .reading {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .reading[hidden] {
    display: none;
  }
`;
