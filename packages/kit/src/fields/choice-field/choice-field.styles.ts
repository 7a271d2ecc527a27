import { css } from 'lit';

export const choiceFieldStyles = css`
  .options {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.25rem;
  }
  .option {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    column-gap: 0.5rem;
    align-items: start;
  }
  .option input {
    margin-block-start: 0.15rem;
  }
  .option label {
    font-weight: normal;
    font-size: var(--_font-size);
  }
  .option .option-hint {
    grid-column: 2;
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .missing-choice {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    color: var(--_text);
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.5rem;
  }
  select {
    /* min() so a narrow container (a group inside a step at 320 px) still wins over 16rem. */
    min-width: min(16rem, 100%);
    max-width: 100%;
  }
`;
