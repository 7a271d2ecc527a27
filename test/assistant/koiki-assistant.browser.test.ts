import '@koiki/assistant';
import { formRegistry } from '@koiki/forms';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './wait-for.ts';

const shadow = (el: Element) => el.shadowRoot!;

describe('<koiki-assistant>', () => {
  beforeEach(() => localStorage.removeItem('koiki-assistant:panel-open'));

  it('申請書の一覧に登録された様式をちょうどその順に日本語で表示し、アクセシビリティ違反がない', async () => {
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('特別交付税 申請アシスタント');
    const names = [...shadow(el).querySelectorAll('.form-choice .name')].map((n) => n.textContent);
    expect(names).to.deep.equal(formRegistry.map((entry) => entry.title));
    expect(names).to.include('連携協約に基づく専門人材派遣');
    await expect(el).to.be.accessible();
  });

  it('文字はページの指定によらずゴシック体（sans-serif）で表示する', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="font-family: serif"><koiki-assistant></koiki-assistant></div>`,
    );
    const heading = el.querySelector('koiki-assistant')!.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).fontFamily).to.match(/sans-serif$/);
  });

  it('lang="en" ではアシスタント自身の表示が英語になる', async () => {
    const el = await fixture<HTMLElement>(html`<koiki-assistant lang="en"></koiki-assistant>`);
    expect(shadow(el).querySelector('h2')?.textContent).to.equal(
      'Special allocation tax claim assistant',
    );
    el.setAttribute('lang', 'ja');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('特別交付税 申請アシスタント');
  });

  it('ホストページのグローバル変数を増やさない', async () => {
    const before = new Set(Object.keys(window));
    await fixture(html`<koiki-assistant mode="panel"></koiki-assistant>`);
    expect(Object.keys(window).filter((k) => !before.has(k))).to.deep.equal([]);
  });

  describe('パネル表示 (mode="panel")', () => {
    it('起動ボタンで開き、Esc で閉じて起動ボタンにフォーカスが戻る', async () => {
      const el = await fixture<HTMLElement>(html`<koiki-assistant mode="panel"></koiki-assistant>`);
      const launcher = shadow(el).querySelector<HTMLButtonElement>('.launcher')!;
      expect(launcher.textContent?.trim()).to.equal('申請アシスタントを開く');
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadow(el).querySelector('aside.panel')).to.exist;
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('閉じる');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitFor(
        () => shadow(el).activeElement?.classList.contains('launcher'),
        '起動ボタンにフォーカスが戻る',
      );
      expect(shadow(el).querySelector('aside.panel')).to.equal(null);
    });

    it('開いた状態を覚えていて、次に表示したときも開いている', async () => {
      const first = await fixture<HTMLElement>(
        html`<koiki-assistant mode="panel"></koiki-assistant>`,
      );
      await (first as unknown as { setOpen(o: boolean): Promise<void> }).setOpen(true);
      const second = await fixture<HTMLElement>(
        html`<koiki-assistant mode="panel"></koiki-assistant>`,
      );
      expect(shadow(second).querySelector('aside.panel')).to.exist;
    });

    it('幅は矢印キーで変えられ、style 属性を使わない', async () => {
      const el = await fixture<HTMLElement>(html`<koiki-assistant mode="panel"></koiki-assistant>`);
      await (el as unknown as { setOpen(o: boolean): Promise<void> }).setOpen(true);
      const panel = shadow(el).querySelector<HTMLElement>('aside.panel')!;
      const before = panel.getBoundingClientRect().width;
      shadow(el).querySelector<HTMLElement>('[role="separator"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(panel.getBoundingClientRect().width).to.equal(before + 64);
      expect(el.hasAttribute('style')).to.equal(false);
      expect(shadow(el).querySelector('[style]')).to.equal(null);
    });
  });
});
