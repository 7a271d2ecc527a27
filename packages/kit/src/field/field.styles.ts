// What every field looks like around its inputs: label row, 要否 badge, hint, error, warning,
// and the common input box. A field adds only its own layout on top.
import { css } from 'lit';
import { themeStyles } from './theme.styles.ts';

export const fieldStyles = [
  themeStyles,
  css`
    .label-row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem;
      margin-block-end: 0.25rem;
    }
    label,
    legend {
      font-size: var(--_label-size);
      font-weight: var(--_bold);
      color: var(--_text);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    /* A floated legend lets the badge sit beside it, outside the group's accessible name. */
    legend {
      float: left;
      padding: 0;
      margin: 0 0.5rem 0.25rem 0;
    }
    .after-legend {
      clear: both;
    }
    .badge {
      font-size: var(--_font-size-small);
      font-weight: var(--_bold);
      color: var(--_text-muted);
    }
    .badge.required {
      color: var(--_error);
    }
    .hint {
      margin: 0 0 0.5rem;
      font-size: var(--_font-size-small);
      color: var(--_text-muted);
    }
    .error {
      margin: 0.25rem 0 0;
      font-weight: var(--_bold);
      color: var(--_error);
    }
    .warning {
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--_warning);
      background: var(--_warning-background);
      color: var(--_text);
      font-size: var(--_font-size-small);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      min-height: 3rem;
    }
    input[type='radio'],
    input[type='checkbox'] {
      min-height: auto;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_primary);
    }
    :is(input, select, textarea):focus-visible {
      outline: 4px solid var(--_focus-outline);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--_focus-ring);
    }
    /* Only the control at fault (e.g. the day box of a date), as aria-invalid says. */
    :is(input, select, textarea)[aria-invalid='true']:not([type='radio'], [type='checkbox']) {
      border: 2px solid var(--_error);
    }
  `,
];
