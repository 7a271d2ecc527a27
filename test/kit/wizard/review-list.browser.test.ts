import '@koiki/kit';
import type { KoikiReviewList, ReviewSection } from '@koiki/kit';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const sections: ReviewSection[] = [
  {
    stepId: 'applicant',
    title: '申請団体',
    items: [
      { path: 'applicant.code', label: '申請団体', value: '川上村（長野県） 203092' },
      { path: 'applicant.note', label: '備考', value: '' },
    ],
  },
  {
    stepId: 'costs',
    title: '経費',
    items: [{ path: 'costs', label: '経費の内訳', value: ['旅費 120,000円', '謝金 300,000円'] }],
  },
];

async function reviewList() {
  return fixture<KoikiReviewList>(
    html`<koiki-review-list .sections=${sections}></koiki-review-list>`,
  );
}

describe('<koiki-review-list>', () => {
  it('手順ごとに見出しを付け、回答を説明リストで表示する', async () => {
    const el = await reviewList();
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal([
      '申請団体',
      '経費',
    ]);
    const terms = [...root.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['申請団体', '備考', '経費の内訳']);
    expect(root.querySelectorAll('dd.value')[1]!.textContent!.trim()).to.equal('未入力');
    expect(root.querySelectorAll('dd.value')[2]!.querySelectorAll('p')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('「変更」ボタンの名前はラベルを含む（「申請団体を変更」）', async () => {
    const el = await reviewList();
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      '申請団体を変更',
      '備考を変更',
      '経費の内訳を変更',
    ]);
    // The visible text is part of the name (WCAG 2.5.3), so voice users can say 「変更」.
    for (const button of buttons) expect(button.textContent!.trim()).to.equal('変更');
  });

  it('「変更」を Enter で押すと koiki-step-select にその手順と項目が渡る', async () => {
    const el = await reviewList();
    const buttons = el.shadowRoot!.querySelectorAll('button');
    buttons[1]!.focus();
    await sendKeys({ press: 'Tab' });
    const selected = oneEvent(el, 'koiki-step-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'costs', path: 'costs' });
  });

  it('印刷ではボタンを表示しない', async () => {
    const el = await reviewList();
    const sheet = el.shadowRoot!.adoptedStyleSheets.flatMap((s: CSSStyleSheet) => [...s.cssRules]);
    const print = sheet.find(
      (rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
    );
    expect(print?.cssText).to.contain('button');
    expect(print?.cssText).to.contain('break-inside: avoid');
  });
  it('繰り返しの項目の答えは、その項目の見出しの下にまとめ、「変更」の名前に項目を含める', async () => {
    const grouped: ReviewSection[] = [
      {
        stepId: 'agreements',
        title: '連携協約',
        items: [
          { path: 'agreements.0.name', label: '名称', value: '高知', group: '連携協約 1：高知' },
          { path: 'agreements.1.name', label: '名称', value: '大豊', group: '連携協約 2：大豊' },
          {
            path: 'agreements.1.parties.0',
            label: '参加団体 1行目',
            value: ['団体名：大豊町'],
            group: '連携協約 2：大豊',
          },
          { path: 'note', label: '備考', value: '' },
        ],
      },
    ];
    const el = await fixture<KoikiReviewList>(
      html`<koiki-review-list .sections=${grouped}></koiki-review-list>`,
    );
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
      '連携協約 1：高知',
      '連携協約 2：大豊',
    ]);
    const lists = [...root.querySelectorAll('dl')].map((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => dt.textContent),
    );
    expect(lists).to.deep.equal([['名称'], ['名称', '参加団体 1行目'], ['備考']]);
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      '連携協約 1：高知 名称を変更',
      '連携協約 2：大豊 名称を変更',
      '連携協約 2：大豊 参加団体 1行目を変更',
      '備考を変更',
    ]);
    await expect(el).to.be.accessible();
  });
});
