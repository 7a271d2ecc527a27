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

// A claim of one 団体 with two agreements, written by hand: 募集経費 1,000,000 (capped) for the
// whole claim; group A 4,000,000; group B 6,000,000 (capped) + 1,500,000 = 小計 7,500,000.
// Total 12,500,000円 = 12,500千円.
const groupA = { id: 'agreements.0', label: '川上村保健師派遣協約' };
const groupB = { id: 'agreements.1', label: '南牧村税務職員派遣協約' };
const groupedLines: AmountLine[] = [
  { label: '人件費（保健師）', amount: 4_000_000, group: groupA },
  {
    label: '募集経費',
    amount: 1_000_000,
    capped: true,
    explanation:
      '募集経費 2,400,000円 × 0.5 = 1,200,000円 → 上限 1,000,000円（1団体あたり、すべての協約の合計）',
  },
  {
    label: '人件費（税務・徴収）',
    amount: 6_000_000,
    capped: true,
    explanation: '人件費 14,000,000円 × 0.5 = 7,000,000円 → 上限 6,000,000円（1人あたり）',
    group: groupB,
  },
  { label: '人件費（税務・課税）', amount: 1_500_000, group: groupB },
];

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

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

  describe('グループ（協約・取組）ごとの表示', () => {
    it('団体全体の行が先、各グループは見出し・行・小計の順で、最初に出てきた順に並ぶ', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${groupedLines}></koiki-amount-panel>`,
      );
      const bodies = [...el.shadowRoot!.querySelectorAll('tbody')];
      expect(bodies.map((body) => text(body.querySelector('tr.group')!))).to.deep.equal([
        '団体全体',
        '川上村保健師派遣協約',
        '南牧村税務職員派遣協約',
      ]);
      expect(bodies[0]!.querySelector('tr.subtotal')).to.equal(null);
      expect(text(bodies[0]!)).to.contain('募集経費');
      const b = [...bodies[2]!.querySelectorAll('tr')].map(text);
      expect(b).to.have.length(4);
      expect(b[1]).to.contain('人件費（税務・徴収）');
      expect(b[2]).to.contain('人件費（税務・課税）');
      expect(b[3]).to.equal('小計（南牧村税務職員派遣協約） 7,500,000円');
      expect(text(bodies[1]!.querySelector('tr.subtotal')!)).to.contain('4,000,000円');
      expect(text(el.shadowRoot!.querySelector('.total')!)).to.equal(
        '合計 12,500,000円（12,500千円）',
      );
      await expect(el).to.be.accessible();
    });

    it('グループの見出しは行グループの見出し、小計の行見出しはグループ名を読み上げる', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${groupedLines}></koiki-amount-panel>`,
      );
      const heading = el.shadowRoot!.querySelector('tr.group th')!;
      expect(heading.getAttribute('scope')).to.equal('rowgroup');
      const subtotal = el.shadowRoot!.querySelector('tr.subtotal th')!;
      expect(subtotal.getAttribute('scope')).to.equal('row');
      const hidden = subtotal.querySelector('.visually-hidden')!;
      expect(hidden.textContent).to.equal('（川上村保健師派遣協約）');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('上限が効いた行は「上限適用」と、どの上限が効いたかの説明を並べて示す', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${groupedLines}></koiki-amount-panel>`,
      );
      const capped = [...el.shadowRoot!.querySelectorAll('tbody tr')].filter((row) =>
        row.querySelector('.badge'),
      );
      expect(capped.map((row) => text(row.querySelector('.explanation')!))).to.deep.equal([
        '募集経費 2,400,000円 × 0.5 = 1,200,000円 → 上限 1,000,000円（1団体あたり、すべての協約の合計）',
        '人件費 14,000,000円 × 0.5 = 7,000,000円 → 上限 6,000,000円（1人あたり）',
      ]);
    });

    it('グループのない行だけなら見出しも小計もない一つの表にする', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${lines}></koiki-amount-panel>`,
      );
      expect(el.shadowRoot!.querySelectorAll('tbody')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('tr.group, tr.subtotal')).to.equal(null);
    });
  });

  describe('申請できない申請（参考）', () => {
    it('申請できる額は 0円とし、行・小計・合計はすべて「参考」と示す', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${groupedLines} .total=${12_500_000} .claimable=${false}></koiki-amount-panel>`,
      );
      const root = el.shadowRoot!;
      expect(text(root.querySelector('.reference-notice')!)).to.equal(
        '申請できる額：0円（下の額は参考です。エラーを直すと申請額になります）',
      );
      expect(text(root.querySelector('thead th.amount')!)).to.equal('参考額');
      const subtotals = [...root.querySelectorAll('tr.subtotal th')].map(text);
      expect(subtotals).to.deep.equal([
        '小計（参考）（川上村保健師派遣協約）',
        '小計（参考）（南牧村税務職員派遣協約）',
      ]);
      const total = root.querySelector('.total')!;
      expect(total.getAttribute('aria-live')).to.equal('polite');
      expect(text(total)).to.equal(
        '申請できる額 0円（0千円） 参考：合計 12,500,000円（12,500千円）',
      );
      expect(text(root.querySelector('.panel')!)).not.to.match(/(^|\s)合計 12,500,000円/);
      await expect(el).to.be.accessible();
    });

    it('申請できるようになると参考の表示が消え、合計が申請額になる', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .lines=${groupedLines} .claimable=${false}></koiki-amount-panel>`,
      );
      el.claimable = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.reference-notice')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('thead th.amount')!)).to.equal('金額');
      expect(text(el.shadowRoot!.querySelector('.total')!)).to.equal(
        '合計 12,500,000円（12,500千円）',
      );
    });

    it('行がないときは参考の注意を出さず、申請できる額 0円だけを示す', async () => {
      const el = await fixture<KoikiAmountPanel>(
        html`<koiki-amount-panel .claimable=${false}></koiki-amount-panel>`,
      );
      expect(el.shadowRoot!.querySelector('.reference-notice')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('.total')!)).to.equal('申請できる額 0円（0千円）');
      await expect(el).to.be.accessible();
    });
  });
});
