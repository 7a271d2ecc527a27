import { css } from 'lit';

export const fiscalYearFieldStyles = css`
  select {
    min-width: 16rem;
    max-width: 100%;
  }
`;
