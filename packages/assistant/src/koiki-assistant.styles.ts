import { css } from 'lit';

export const assistantStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--koiki-font-family, 'Noto Sans JP', 'BIZ UDPGothic', sans-serif);
    font-size: var(--koiki-font-size, 16px);
    line-height: 1.7;
    color: var(--koiki-color-text, #1a1a1c);
    background: var(--koiki-color-surface, #fff);
    border: 1px solid var(--koiki-color-border, #767676);
    border-radius: 8px;
    padding: 16px 24px;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 8px;
  }
  ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .summary {
    color: var(--koiki-color-text-secondary, #4d4d4d);
    font-size: 0.875em;
  }
`;
