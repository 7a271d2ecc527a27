import { KoikiChoiceField } from './choice-field.ts';

if (!customElements.get('koiki-choice-field'))
  customElements.define('koiki-choice-field', KoikiChoiceField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-choice-field': KoikiChoiceField;
  }
}
