import { css } from 'lit';

export const npsStyles = css`
  .option {
    flex-basis: 2.25rem;
  }
`;
