// The table and every element its cells may be (the control registry's Lit half).
import '../attachment/define.ts';
import '../choice-field/define.ts';
import '../dantai-picker/define.ts';
import '../date-field/define.ts';
import '../fiscal-year-field/define.ts';
import '../text-field/define.ts';
import '../yen-field/define.ts';
import { KoikiRepeatableRows } from './repeatable-rows.ts';

if (!customElements.get('koiki-repeatable-rows'))
  customElements.define('koiki-repeatable-rows', KoikiRepeatableRows);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-repeatable-rows': KoikiRepeatableRows;
  }
}
