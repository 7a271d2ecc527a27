import { css } from 'lit';

// Reflow at 320 px: long words and numbers wrap (overflow-wrap), grid columns and fieldsets
// (as wide as their content by default) may shrink (minmax(0, 1fr), min-inline-size: 0).
// Focus: a black outline and a yellow ring, at least 3:1 against both the button and the page.
// (Comments here, not inside the css, so they are not shipped.)
export const runnerStyles = css`
  :host {
    display: block;
    --_primary: var(--koiki-color-primary, #0017c1);
    --_primary-bg: var(--koiki-color-primary-bg, #e8f1fe);
    --_border: var(--koiki-color-border, #767676);
    --_warning: var(--koiki-color-warning, #b78f00);
    --_warning-bg: var(--koiki-color-warning-bg, #fffbe6);
    --_error: var(--koiki-color-error, #ce0000);
    --_muted: var(--koiki-color-text-secondary, #4d4d4d);
    --_focus: var(--koiki-color-focus-ring, #ffd43d);
    --_focus-outline: var(--koiki-color-focus-outline, #000);
    --_success: var(--koiki-color-success, #197a4b);
    --_success-bg: var(--koiki-color-success-bg, #e6f5ec);
    overflow-wrap: anywhere;
    min-inline-size: 0;
    container-type: inline-size;
  }
  .runner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 16px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    justify-content: flex-end;
  }
  .claim-total {
    margin: 0 0 16px;
    padding: 12px 16px;
    border: 2px solid var(--_primary);
    border-radius: 8px;
    font-size: 1.125em;
  }
  .notice.success {
    border: 2px solid var(--_success);
    background: var(--_success-bg);
  }
  .notice.success:focus {
    outline: 4px solid var(--_focus-outline);
    outline-offset: 2px;
  }
  .step-title {
    font-size: 1.25em;
    margin: 0 0 8px;
  }
  .step-title:focus {
    outline: none;
  }
  .description {
    margin: 0 0 8px;
  }
  .fields,
  .info,
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
  }
  .fields {
    gap: 24px;
  }
  fieldset {
    min-inline-size: 0;
  }
  .reveal {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 16px;
  }
  fieldset.rows,
  fieldset.attachments {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 16px;
  }
  fieldset.rows > legend,
  fieldset.attachments > legend {
    font-weight: bold;
    font-size: 1.0625em;
    margin-bottom: 8px;
  }
  /* A repeatable group: each item a bordered section, the add button after the last. */
  fieldset.sections {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 16px;
  }
  fieldset.sections > legend {
    font-weight: bold;
    font-size: 1.0625em;
    margin-bottom: 8px;
  }
  .section-item {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 16px;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 24px;
  }
  .section-heading {
    margin: 0;
    font-size: 1.0625em;
  }
  /* Focus lands here after a removal or undo: show where. */
  .section-heading:focus {
    outline: 4px solid var(--_focus-outline);
    outline-offset: 2px;
  }
  .section-undo {
    border: 2px solid var(--_border);
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
  }
  button.add-item {
    justify-self: start;
  }
  fieldset.row {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 16px;
    display: grid;
    gap: 20px;
  }
  fieldset.row > legend {
    font-weight: bold;
    padding: 0 4px;
  }
  .badge.required {
    color: var(--_error);
    font-weight: normal;
    font-size: 0.875em;
    margin-inline-start: 4px;
  }
  .hint,
  .field-note,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 4px 0 0;
  }
  .error {
    color: var(--_error);
    font-weight: bold;
    margin: 0;
  }
  .info {
    gap: 4px;
  }
  .step {
    align-content: start;
  }
  .info-label {
    font-weight: bold;
  }
  .info output {
    /* A derived text may list several items, one per line (e.g. the 区域外 warnings). */
    white-space: pre-line;
    padding: 8px 12px;
    background: var(--_primary-bg);
    border-radius: 6px;
  }
  .notice {
    border-radius: 8px;
    padding: 12px 16px;
  }
  .notice.warning {
    border: 2px solid var(--_warning);
    background: var(--_warning-bg);
  }
  .notice p {
    margin: 0 0 8px;
  }
  .save-status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .navigation,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: center;
  }
  .actions + .actions {
    margin-block-start: 12px;
  }
  .navigation {
    border-top: 1px solid var(--_border);
    padding-top: 16px;
  }
  .navigation .primary {
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    max-inline-size: 100%;
    cursor: pointer;
    min-block-size: 44px;
    padding: 8px 20px;
    border-radius: 8px;
  }
  button.primary {
    background: var(--_primary);
    color: #fff;
    border: 2px solid var(--_primary);
    font-weight: bold;
  }
  button.secondary {
    background: #fff;
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }
  button.tertiary {
    background: transparent;
    color: var(--_primary);
    border: 0;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 4px solid var(--_focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus);
  }
  .parameters {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 4px 16px;
    margin: 0;
  }
  .parameters dt {
    font-weight: bold;
  }
  .parameters dd {
    margin: 0;
  }
  h4 {
    margin: 16px 0 8px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .print-frame {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    border: 0;
    visibility: hidden;
  }
  @container (max-width: 480px) {
    .parameters {
      grid-template-columns: minmax(0, 1fr);
    }
    .parameters dd {
      margin-block-end: 8px;
    }
  }
  @media print {
    koiki-step-list,
    koiki-error-summary,
    .navigation,
    .tools,
    .actions,
    .save-status {
      display: none;
    }
  }
`;
