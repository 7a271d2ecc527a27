import { css } from 'lit';

// Focus: a black outline and a yellow ring, at least 3:1 against both the button and the page.
export const assistantStyles = css`
  /* Shadow !important beats the host page's !important, so page rules cannot reach the host box. */
  :host {
    all: initial !important;
    display: block !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Typography starts from fixed values here, not from whatever the page lets us inherit. */
  .root {
    font-family: var(--koiki-font-family, 'Noto Sans JP', 'BIZ UDPGothic', 'Hiragino Sans', 'Meiryo', sans-serif);
    font-size: var(--koiki-font-size, 16px);
    font-weight: normal;
    font-style: normal;
    line-height: 1.7;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--koiki-color-text, #1a1a1c);
    -webkit-text-size-adjust: 100%;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .inline {
    background: var(--koiki-color-surface, #fff);
    border: 1px solid var(--koiki-color-border, #767676);
    border-radius: 8px;
    padding: 16px 24px;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 8px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  [role='separator']:focus-visible {
    outline: 4px solid var(--koiki-color-focus-outline, #000);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--koiki-color-focus-ring, #ffd43d);
  }
  .form-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .form-choice {
    display: block;
    width: 100%;
    text-align: start;
    padding: 12px 16px;
    border: 1px solid var(--koiki-color-primary, #0017c1);
    border-radius: 8px;
    background: var(--koiki-color-surface, #fff);
    color: var(--koiki-color-primary, #0017c1);
  }
  .form-choice:hover {
    background: var(--koiki-color-primary-bg, #e8f1fe);
  }
  .form-choice .name {
    display: block;
    font-weight: bold;
    text-decoration: underline;
  }
  .form-choice .summary {
    display: block;
    color: var(--koiki-color-text-secondary, #4d4d4d);
    font-size: 0.875em;
  }
  .back {
    margin-block-end: 12px;
    padding: 4px 12px;
    min-block-size: 36px;
    border: 0;
    background: transparent;
    color: var(--koiki-color-primary, #0017c1);
    text-decoration: underline;
  }
  .error {
    color: var(--koiki-color-error, #ce0000);
    font-weight: bold;
  }
  .launcher {
    position: fixed;
    inset-block-end: 24px;
    inset-inline-end: 24px;
    z-index: 2147483000;
    padding: 12px 20px;
    border: 0;
    border-radius: 999px;
    background: var(--koiki-color-primary, #0017c1);
    color: #fff;
    font-weight: bold;
    box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
  }
  .panel {
    position: fixed;
    inset-block: 0;
    inset-inline-end: 0;
    z-index: 2147483000;
    inline-size: var(--koiki-panel-width, 480px);
    max-inline-size: 100vw;
    display: flex;
    flex-direction: column;
    background: var(--koiki-color-surface, #fff);
    border-inline-start: 1px solid var(--koiki-color-border, #767676);
    box-shadow: -2px 0 12px rgb(0 0 0 / 20%);
  }
  .panel-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 8px 16px;
    border-block-end: 1px solid var(--koiki-color-border, #767676);
  }
  .panel-header h2 {
    margin: 0;
    font-size: 1.0625em;
  }
  .close {
    padding: 4px 12px;
    border: 1px solid var(--koiki-color-border, #767676);
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  .panel-body {
    flex: 1;
    overflow: auto;
    padding: 16px;
  }
  .resize {
    position: absolute;
    inset-block: 0;
    inset-inline-start: -4px;
    inline-size: 8px;
    cursor: col-resize;
    background: transparent;
  }
  .resize:hover,
  .resize:focus-visible {
    background: var(--koiki-color-primary-bg, #e8f1fe);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .launcher,
    .panel-header,
    .resize {
      display: none;
    }
    .panel {
      position: static;
      box-shadow: none;
      border: 0;
      inline-size: auto;
    }
  }
`;
