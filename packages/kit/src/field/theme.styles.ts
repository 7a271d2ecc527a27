// Theme: public CSS custom properties (--koiki-*) with デジタル庁 design-token defaults, and a
// reset so the host page's CSS cannot reach into our fields. Private --_* names are what the
// rules use, so a value set by the page on any ancestor still wins over our default.
import { css, unsafeCSS } from 'lit';
import { themeTokens as t } from './theme-tokens.ts';

export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    --_text: var(--koiki-color-text, ${unsafeCSS(t.text)});
    --_text-muted: var(--koiki-color-text-muted, ${unsafeCSS(t.textMuted)});
    --_background: var(--koiki-color-background, ${unsafeCSS(t.background)});
    --_border: var(--koiki-color-border, ${unsafeCSS(t.border)});
    --_primary: var(--koiki-color-primary, ${unsafeCSS(t.primary)});
    --_focus-ring: var(--koiki-color-focus-ring, ${unsafeCSS(t.focusRing)});
    --_focus-outline: var(--koiki-color-focus-outline, ${unsafeCSS(t.focusOutline)});
    --_error: var(--koiki-color-error, ${unsafeCSS(t.error)});
    --_warning: var(--koiki-color-warning, ${unsafeCSS(t.warning)});
    --_warning-background: var(--koiki-color-warning-background, ${unsafeCSS(t.warningBackground)});
    --_font-family: var(--koiki-font-family, ${unsafeCSS(t.fontFamily)});
    --_font-size: var(--koiki-font-size, ${unsafeCSS(t.fontSize)});
    --_font-size-small: var(--koiki-font-size-small, ${unsafeCSS(t.fontSizeSmall)});
    --_label-size: var(--koiki-label-size, ${unsafeCSS(t.labelSize)});
    --_line-height: var(--koiki-line-height, ${unsafeCSS(t.lineHeight)});
    --_radius: var(--koiki-radius, ${unsafeCSS(t.radius)});
    --_bold: var(--koiki-font-weight-bold, ${unsafeCSS(t.weightBold)});
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    margin-block-end: var(--koiki-field-gap, 1.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
