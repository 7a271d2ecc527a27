import { css } from 'lit';

export const textFieldStyles = css`
  input,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  .warning p,
  .warning ul {
    margin: 0;
  }
  .warning ul {
    padding-inline-start: 1.25rem;
  }
  .count {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .count.over {
    color: var(--_error);
    font-weight: var(--_bold);
  }
`;
