// <koiki-claim-view>: one claim shown read-only, as someone who received it reads it (a prefecture
// looking at a municipality's claim): the amounts and every answer, with no 変更, no saving and no
// submit. It knows no form by name: the module and the data come from the host.
import '@koiki/kit/wizard/review-list';
import { createSession } from '@koiki/engine';
import type { FormModule } from '@koiki/forms';
import type { ReviewSection } from '@koiki/kit';
import { type Dantai, loadDantaiList } from '@koiki/schemas';
import { html, LitElement } from 'lit';
import { renderAmountResult, renderClaimTotal } from './amount-result.ts';
import { reviewSections } from './review-sections.ts';
import { runnerStyles } from './runner.styles.ts';

const readOnly = (sections: ReviewSection[]): ReviewSection[] =>
  sections.map((section) => ({
    ...section,
    items: section.items.map((item) => ({ ...item, changeable: false })),
  }));

export class KoikiClaimView extends LitElement {
  static override properties = {
    module: { attribute: false },
    data: { attribute: false },
    heading: {},
    dantaiList: { state: true },
  };
  static override styles = runnerStyles;

  module!: FormModule;
  data: unknown = undefined;
  /** Names the claim, e.g. its file name. */
  heading = '';
  dantaiList: readonly Dantai[] | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadDantaiList().then((list) => {
      this.dantaiList = list;
    });
  }

  override render() {
    const session = createSession(this.module.definition, { data: this.data });
    const title = this.heading || this.module.definition.title;
    return html`<h3 class="step-title" tabindex="-1">${title}（閲覧のみ）</h3>
      <p>受け取った申請の内容です。ここでは変更も保存もできません。</p>
      ${renderClaimTotal(session.amounts)}
      ${renderAmountResult(session.amounts)}
      <koiki-review-list .sections=${readOnly(reviewSections(session, this.dantaiList))}></koiki-review-list>`;
  }
}

if (!customElements.get('koiki-claim-view'))
  customElements.define('koiki-claim-view', KoikiClaimView);

declare global {
  interface HTMLElementTagNameMap {
    'koiki-claim-view': KoikiClaimView;
  }
}
