import '@koiki/assistant';
import { expect, fixture, html } from '@open-wc/testing';

describe('<koiki-assistant>', () => {
  it('申請書の一覧を日本語で表示し、アクセシビリティ違反がない', async () => {
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).to.equal('特別交付税 申請アシスタント');
    const items = [...root.querySelectorAll('li span')].map((n) => n.textContent);
    expect(items).to.deep.equal([
      '連携協約に基づく専門人材派遣',
      '複数団体による公共施設の集約化・複合化等',
    ]);
    await expect(el).to.be.accessible();
  });

  it('ホストページのグローバル変数を増やさない', async () => {
    const before = new Set(Object.keys(window));
    await fixture(html`<koiki-assistant></koiki-assistant>`);
    const added = Object.keys(window).filter((k) => !before.has(k));
    expect(added).to.deep.equal([]);
  });
});
