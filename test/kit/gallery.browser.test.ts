import { expect, fixture, html } from '@open-wc/testing';
import { renderGallery } from '../../demo/gallery.ts';
import { waitFor } from '../assistant/wait-for.ts';

async function gallery() {
  const main = await fixture<HTMLElement>(html`<main><h1>部品ギャラリー</h1><div></div></main>`);
  const target = main.querySelector('div')!;
  renderGallery(target);
  // Wait until every component has rendered (the 団体 picker also loads its list for a value).
  const elements = [
    ...target.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
  return target;
}

describe('部品ギャラリー（demo/gallery.html）', () => {
  it('すべての部品を状態ごとに表示する', async () => {
    const target = await gallery();
    const tags = [...target.querySelectorAll('h2 code')].map((code) => code.textContent);
    for (const tag of [
      '<koiki-text-field>',
      '<koiki-yen-field>',
      '<koiki-date-field>',
      '<koiki-fiscal-year-field>',
      '<koiki-choice-field>',
      '<koiki-dantai-picker>',
      '<koiki-repeatable-rows>',
      '<koiki-attachment-field>',
      '<koiki-step-list>',
      '<koiki-error-summary>',
      '<koiki-review-list>',
      '<koiki-amount-panel>',
    ]) {
      expect(tags).to.include(tag);
    }
    const states = [...target.querySelectorAll('.state > h3')].map((h) => h.textContent);
    for (const state of ['未入力', '入力済み', 'エラー', '確認']) expect(states).to.include(state);
    for (const el of target.querySelectorAll('.state > :not(h3, p)')) {
      expect(customElements.get(el.localName), el.localName).to.not.equal(undefined);
    }
  });

  it('エラー状態の欄はエラーを表示している', async () => {
    const target = await gallery();
    const errorCards = [...target.querySelectorAll('.state')].filter(
      (card) => card.querySelector('h3')?.textContent === 'エラー',
    );
    for (const card of errorCards) {
      const el = card.querySelector('h3 + *')!;
      const shown =
        el.shadowRoot?.querySelector('[part="error"], [role="alert"]') ??
        [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
          .flatMap((inner) => [...(inner.shadowRoot?.querySelectorAll('[part="error"]') ?? [])])
          .at(0);
      expect(shown, `${el.localName} のエラー`).to.not.equal(undefined);
      expect(shown, `${el.localName} のエラー`).to.not.equal(null);
    }
  });

  it('axe の違反がない', async () => {
    const target = await gallery();
    const picker = target.querySelector<HTMLElement>('koiki-dantai-picker[value="203041"]')!;
    await waitFor(
      () => picker.shadowRoot!.querySelector('input')!.value === '川上村（長野県）',
      '団体名が出ない',
    );
    await expect(target.closest('main')).to.be.accessible();
  });
});
