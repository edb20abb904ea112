import { css } from 'lit';

export const statementsStyles = css`
  .statements {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 2);
  }
  .statement {
    margin: 0 0 0.25rem;
  }
`;
