import '@koiki/kit';
import type { AmountLine, KoikiAmountPanel } from '@koiki/kit';
import { expect, fixture, html } from '@open-wc/testing';

const lines: AmountLine[] = [
  {
    label: '派遣に要する経費',
    recipient: '川上村（長野県）',
    amount: 3_000_000,
    explanation: '対象経費 6,000,000円 × 0.5',
  },
  {
    label: '派遣に要する経費',
    recipient: '南牧村（長野県）',
    amount: 1_234_567,
    explanation: '上限額を適用',
    capped: true,
  },
];

describe('<koiki-amount-panel>', () => {
  it('各行の金額を円で右寄せし、上限を適用した行の項目に「上限適用」を付ける', async () => {
    const el = await fixture<KoikiAmountPanel>(
      html`<koiki-amount-panel .lines=${lines}></koiki-amount-panel>`,
    );
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(2);
    const amount = rows[0]!.querySelector('.amount')!;
    expect(amount.textContent!.trim()).to.equal('3,000,000円');
    expect(getComputedStyle(amount).textAlign).to.equal('end');
    expect(rows[0]!.textContent).to.contain('対象経費 6,000,000円 × 0.5');
    expect(rows[0]!.querySelector('.badge')).to.equal(null);
    expect(rows[1]!.querySelector('.badge')!.textContent).to.equal('上限適用');
    expect(rows[1]!.textContent).to.contain('南牧村（長野県）');
    await expect(el).to.be.accessible();
  });

  it('合計を円と千円（500円以上は切り上げ）で表示し、polite なライブリージョンで知らせる', async () => {
    const el = await fixture<KoikiAmountPanel>(
      html`<koiki-amount-panel .lines=${lines}></koiki-amount-panel>`,
    );
    const total = el.shadowRoot!.querySelector('.total')!;
    expect(total.getAttribute('aria-live')).to.equal('polite');
    expect(total.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '合計 4,234,567円（4,235千円）',
    );
    el.lines = [lines[0]!];
    await el.updateComplete;
    expect(total.textContent).to.contain('3,000,000円（3,000千円）');
  });

  it('計算側が渡した合計を表示し、千円は500円以上を切り上げる', async () => {
    const el = await fixture<KoikiAmountPanel>(
      html`<koiki-amount-panel .lines=${lines} .total=${4_000_500}></koiki-amount-panel>`,
    );
    expect(el.shadowRoot!.querySelector('.total')!.textContent).to.contain(
      '4,000,500円（4,001千円）',
    );
  });

  it('行が無いときは案内文と合計 0円 を表示する', async () => {
    const el = await fixture<KoikiAmountPanel>(html`<koiki-amount-panel></koiki-amount-panel>`);
    expect(el.shadowRoot!.textContent).to.contain('入力が進むと、ここに措置額が表示されます。');
    expect(el.shadowRoot!.querySelector('.total')!.textContent).to.contain('0円');
    await expect(el).to.be.accessible();
  });

  it('印刷では白地に黒で、行の途中で改ページしない', async () => {
    const el = await fixture<KoikiAmountPanel>(
      html`<koiki-amount-panel .lines=${lines}></koiki-amount-panel>`,
    );
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s: CSSStyleSheet) => [...s.cssRules]);
    const print = rules
      .filter((rule: CSSRule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .map((rule: CSSRule) => rule.cssText)
      .join('\n');
    expect(print).to.contain('break-inside: avoid');
    expect(print).to.contain('background: rgb(255, 255, 255)');
  });
});
