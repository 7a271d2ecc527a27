import { formRegistry } from '@koiki/forms';
import { html, LitElement } from 'lit';
import { assistantStyles } from './koiki-assistant.styles.ts';

/** The embeddable assistant: lists the claim forms it can guide. */
export class KoikiAssistant extends LitElement {
  static override styles = assistantStyles;

  override render() {
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">特別交付税 申請アシスタント</h2>
        <p>作成する申請書を選んでください。</p>
        <ul part="form-list">
          ${formRegistry.map(
            (form) => html`<li>
              <span lang="ja">${form.title}</span>
              <div class="summary">${form.summary}</div>
            </li>`,
          )}
        </ul>
      </section>
    `;
  }
}

if (!customElements.get('koiki-assistant'))
  customElements.define('koiki-assistant', KoikiAssistant);
