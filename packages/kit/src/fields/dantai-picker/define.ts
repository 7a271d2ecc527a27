import { KoikiDantaiPicker } from './dantai-picker.ts';

if (!customElements.get('koiki-dantai-picker'))
  customElements.define('koiki-dantai-picker', KoikiDantaiPicker);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-dantai-picker': KoikiDantaiPicker;
  }
}
