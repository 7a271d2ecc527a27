import { css } from 'lit';
import { themeStyles } from '../field/theme.styles.ts';

/** Shared look of the wizard parts, on the kit theme (custom properties with design-token defaults). */
export const wizardStyles = [
  themeStyles,
  css`
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
    button.link {
      font: inherit;
      color: var(--_primary);
      background: none;
      border: 0;
      padding: 2px 4px;
      text-decoration: underline;
      text-underline-offset: 3px;
      cursor: pointer;
      border-radius: 4px;
    }
    button.link:hover {
      text-decoration-thickness: 3px;
    }
    :focus-visible {
      outline: 4px solid var(--_focus-outline);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--_focus-ring);
    }
    .secondary {
      color: var(--_text-muted);
    }
  `,
];

/** Paper shows answers, not controls: black on white, no buttons, rows kept whole. */
export const wizardPrintStyles = css`
  @media print {
    :host {
      --_text: #000;
      --_text-muted: #000;
      --_primary: #000;
      --_border: #000;
      color: #000;
      background: #fff;
    }
    button {
      display: none !important;
    }
    tr,
    .row {
      break-inside: avoid;
    }
  }
`;
