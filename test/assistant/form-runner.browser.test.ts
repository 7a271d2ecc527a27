import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';
import { buttonNamed, settled } from './wait-for.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    step: { id: string };
    data: unknown;
    raw: Record<string, string>;
    goTo(id: string): boolean;
  };
  autosave: { flush(): Promise<void> };
};

const root = (el: Element) => el.shadowRoot!;
const settle = settled;
const button = buttonNamed;

async function mount(draftOverrides = {}) {
  const dbName = `koiki-runner-${Math.random()}`;
  const store = openDraftStore(dbName);
  const draft = newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: {},
    step: 'intro',
    title: '試験',
    ...draftOverrides,
  });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${sampleModule} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await settle(el);
  return { el, store, draft, dbName };
}

describe('<koiki-form-runner>', () => {
  it('はじめにの説明と「入力をはじめる」を表示し、押すと最初の入力ステップへ進む', async () => {
    const { el } = await mount();
    expect(root(el).querySelector('h3')?.textContent).to.equal('はじめに');
    expect(root(el).querySelector('.description')?.textContent).to.equal('試験用の様式です。');
    button(el, '入力をはじめる').click();
    await settle(el);
    expect(root(el).querySelector('h3')?.textContent).to.equal('基本情報');
    expect(root(el).activeElement?.textContent).to.equal('基本情報');
    await expect(el).to.be.accessible();
  });

  it('必須を空のまま「次へ」を押すと、エラーの一覧にフォーカスが移り、リンクで項目へ移れる', async () => {
    const { el } = await mount({ step: 'basics' });
    button(el, '次へ').click();
    await settle(el);
    const summary = root(el).querySelector('koiki-error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent).to.contain('団体名を入力してください。');
    link.click();
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-path')).to.equal('name');
    const field = root(el).querySelector('koiki-text-field')!;
    expect(field.shadowRoot!.textContent).to.contain('団体名を入力してください。');
    await expect(el).to.be.accessible();
  });

  it('キーボードだけで入力して次へ進み、確認ページに答えが並ぶ', async () => {
    const { el } = await mount({ step: 'basics' });
    (root(el).querySelector('koiki-text-field') as HTMLElement).focus();
    await sendKeys({ type: '川上村' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '600万' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.session.data).to.deep.equal({ name: '川上村', amount: 6000000 });
    button(el, '次へ').click();
    await settle(el);
    expect(el.session.step.id).to.equal('items');
    button(el, '次へ').click();
    await settle(el);
    button(el, '次へ').click();
    await settle(el);
    expect(el.session.step.id).to.equal('review');
    const review = root(el).querySelector('koiki-review-list')!;
    await (review as unknown as Runner).updateComplete;
    expect(review.shadowRoot!.textContent).to.contain('川上村').and.contain('6,000,000円');
  });

  it('読めない金額は捨てずに残し、下書きを開き直しても同じ文字が表示される', async () => {
    const { el, store } = await mount({ step: 'basics' });
    const yen = root(el).querySelector('koiki-yen-field') as HTMLElement;
    yen.focus();
    await sendKeys({ type: '12万あ' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.session.raw).to.deep.equal({ amount: '12万あ' });
    await el.autosave.flush();
    const [saved] = await (await store).list('sample-form');
    expect(saved?.raw).to.deep.equal({ amount: '12万あ' });

    const reopened = await fixture<Runner>(
      html`<koiki-form-runner .module=${sampleModule} .draft=${saved} .store=${store}></koiki-form-runner>`,
    );
    await settle(reopened);
    const input = root(reopened)
      .querySelector('koiki-yen-field')!
      .shadowRoot!.querySelector('input')!;
    expect(input.value).to.equal('12万あ');
  });

  it('行を追加・削除すると読み上げ用に知らせ、「元に戻す」で削除を取り消せる', async () => {
    const { el } = await mount({ step: 'items' });
    const table = root(el).querySelector('koiki-repeatable-rows')!;
    const tableButton = (name: string) =>
      [...table.shadowRoot!.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      )!;
    const status = () => table.shadowRoot!.querySelector('[role="status"]')?.textContent;
    tableButton('行を追加').click();
    await settle(el);
    await table.updateComplete;
    expect(status()).to.equal('1行目を追加しました。');
    expect(el.session.data).to.deep.equal({ items: [{}] });
    await sendKeys({ type: '旅費' });
    await settle(el);
    expect(el.session.data).to.deep.equal({ items: [{ label: '旅費' }] });
    tableButton('1行目を削除').click();
    await settle(el);
    expect(el.session.data).to.deep.equal({ items: [] });
    expect(status()).to.contain('1行目を削除しました');
    tableButton('元に戻す').click();
    await settle(el);
    expect(el.session.data).to.deep.equal({ items: [{ label: '旅費' }] });
    expect(table.shadowRoot!.querySelectorAll('.row')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('算定結果のステップで計算の説明と合計を表示する', async () => {
    const { el } = await mount({ step: 'basics', data: { name: '川上村', amount: 1500 } });
    button(el, '次へ').click();
    await settle(el);
    button(el, '次へ').click();
    await settle(el);
    expect(el.session.step.id).to.equal('amounts');
    const panel = root(el).querySelector('koiki-amount-panel')!;
    await (panel as unknown as Runner).updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('合計 1500円');
  });
});
