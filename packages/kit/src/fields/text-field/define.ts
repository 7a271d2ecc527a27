import { KoikiTextField } from './text-field.ts';

if (!customElements.get('koiki-text-field'))
  customElements.define('koiki-text-field', KoikiTextField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-text-field': KoikiTextField;
  }
}
