import { KoikiFiscalYearField } from './fiscal-year-field.ts';

if (!customElements.get('koiki-fiscal-year-field'))
  customElements.define('koiki-fiscal-year-field', KoikiFiscalYearField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-fiscal-year-field': KoikiFiscalYearField;
  }
}
