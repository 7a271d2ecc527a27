import { KoikiAttachmentField } from './attachment-field.ts';

if (!customElements.get('koiki-attachment-field'))
  customElements.define('koiki-attachment-field', KoikiAttachmentField);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-attachment-field': KoikiAttachmentField;
  }
}
