import '@koiki/kit/wizard/error-summary';
import type { ErrorSummaryItem, KoikiErrorSummary } from '@koiki/kit';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const items: ErrorSummaryItem[] = [
  { path: 'applicant.code', message: '申請団体を選んでください。' },
  { path: 'costs.0.amount', message: '経費 1行目 金額：数字で入力してください。' },
];

function innerFocused(el: KoikiErrorSummary): boolean {
  return el.shadowRoot!.activeElement?.classList.contains('summary') === true;
}

describe('<koiki-error-summary>', () => {
  it('項目が無いときは何も表示しない', async () => {
    const el = await fixture<KoikiErrorSummary>(html`<koiki-error-summary></koiki-error-summary>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('見出し「入力内容を確認してください」と各エラーへのリンクを role="alert" の中に表示する', async () => {
    const el = await fixture<KoikiErrorSummary>(
      html`<koiki-error-summary .items=${items}></koiki-error-summary>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('h2')!.textContent).to.equal('入力内容を確認してください');
    const links = [...alert.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links, '渡された文のまま、渡された順に').to.deep.equal([
      '申請団体を選んでください。',
      '経費 1行目 金額：数字で入力してください。',
    ]);
    await expect(el).to.be.accessible();
  });

  it('「次へ」に失敗したとき focus() で要約にフォーカスが移り、読み上げの対象になる', async () => {
    const el = await fixture<KoikiErrorSummary>(
      html`<koiki-error-summary .items=${items}></koiki-error-summary>`,
    );
    el.focus();
    expect(innerFocused(el)).to.equal(true);
    const alert = el.shadowRoot!.activeElement!;
    expect(alert.getAttribute('role')).to.equal('alert');
    const heading = el.shadowRoot!.getElementById(alert.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).to.equal('入力内容を確認してください');
    await expect(el).to.be.accessible();
  });

  it('リンクを Enter で開くと koiki-focus-field とコールバックにパスが渡る', async () => {
    const focused: string[] = [];
    const el = await fixture<KoikiErrorSummary>(
      html`<koiki-error-summary
        .items=${items}
        .focusField=${(path: string) => focused.push(path)}
      ></koiki-error-summary>`,
    );
    el.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const event = oneEvent(el, 'koiki-focus-field');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ path: 'costs.0.amount' });
    expect(focused).to.deep.equal(['costs.0.amount']);
    expect(location.hash).to.equal('');
  });

  it('ホストが koiki-focus-field を取り消すとコールバックは呼ばれない', async () => {
    const focused: string[] = [];
    const el = await fixture<KoikiErrorSummary>(
      html`<koiki-error-summary
        .items=${items}
        .focusField=${(path: string) => focused.push(path)}
        @koiki-focus-field=${(e: Event) => e.preventDefault()}
      ></koiki-error-summary>`,
    );
    el.shadowRoot!.querySelector('a')!.click();
    expect(focused).to.deep.equal([]);
  });
});
