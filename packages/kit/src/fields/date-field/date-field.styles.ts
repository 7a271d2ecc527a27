import { css } from 'lit';

export const dateFieldStyles = css`
  .boxes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .box {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .box label {
    font-size: var(--_font-size);
    font-weight: normal;
  }
  input {
    width: 4.5rem;
    text-align: end;
  }
  input.year {
    width: 6rem;
  }
  .reading,
  .combined {
    margin: 0.25rem 0 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
`;
