import { KoikiDateField } from './date-field.ts';

if (!customElements.get('koiki-date-field'))
  customElements.define('koiki-date-field', KoikiDateField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-date-field': KoikiDateField;
  }
}
