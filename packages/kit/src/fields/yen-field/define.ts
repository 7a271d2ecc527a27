import { KoikiYenField } from './yen-field.ts';

if (!customElements.get('koiki-yen-field')) customElements.define('koiki-yen-field', KoikiYenField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-yen-field': KoikiYenField;
  }
}
