import { KoikiRepeatableRows } from './repeatable-rows.ts';

if (!customElements.get('koiki-repeatable-rows'))
  customElements.define('koiki-repeatable-rows', KoikiRepeatableRows);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-repeatable-rows': KoikiRepeatableRows;
  }
}
