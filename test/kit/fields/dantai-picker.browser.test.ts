import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KoikiDantaiPicker } from '../../../packages/kit/src/fields/dantai-picker/dantai-picker.ts';
import { waitFor } from '../../assistant/wait-for.ts';
import '../../../packages/kit/src/fields/dantai-picker/define.ts';
import { runFieldContract } from '../field-contract.ts';

/** Waits until the (lazily loaded) list has answered the typed text. */
async function results(el: HTMLElement) {
  await waitFor(
    () => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('件') === true,
    '候補が出ない',
  );
}

runFieldContract({
  tag: 'koiki-dantai-picker',
  namedRole: 'combobox',
  fill: async (el) => {
    await sendKeys({ type: '長野県川上' });
    await results(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
  },
  filledFormData: ['203041'],
  makeInvalid: async (el) => {
    await sendKeys({ type: 'かわかみ' });
    await results(el);
  },
});

async function mount(attrs: Partial<KoikiDantaiPicker> = {}) {
  const el = await fixture<KoikiDantaiPicker>(
    html`<koiki-dantai-picker label="申請団体" name="applicant"></koiki-dantai-picker>`,
  );
  Object.assign(el, attrs);
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  return { el, input };
}

function options(el: KoikiDantaiPicker): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) =>
    o.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

describe('koiki-dantai-picker: 団体の検索と選択', () => {
  it('一覧にない一部事務組合の団体コード（6桁・検査数字が正しい）は、入力したとおりに答えになる', async () => {
    const { el, input } = await mount();
    const changes: { value: unknown; raw: string }[] = [];
    el.addEventListener('koiki-change', (e) => changes.push((e as CustomEvent).detail));
    input.focus();
    await sendKeys({ type: '058017' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('058017');
    expect(changes.at(-1)).to.include({ value: '058017', raw: '' });
    expect(el.shadowRoot!.textContent).to.include('団体コード：058017');
  });

  it('検査数字の合わない6桁は答えにせず、入力したまま残す', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: '058018' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.raw).to.equal('058018');
  });

  it('「かわかみ」でどの川上村も都道府県付きで出て、件数が読み上げられる', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['川上村（長野県） 203041', '川上村（奈良県） 294527']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      '2件見つかりました',
    );
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-controls')).to.equal('listbox');
    await expect(el).to.be.accessible();
  });

  it('矢印キーで候補を移り（aria-activedescendant）、Enter で選ぶとコードが値になり表示される', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
    const second = el.shadowRoot!.querySelector('#option-1')!;
    expect(second.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant'), '最後から最初へ戻る').to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('294527');
    expect(input.value).to.equal('川上村（奈良県）');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#code')!.textContent).to.equal('団体コード：294527');
    await expect(el).to.be.accessible();
  });

  it('Escape で候補を閉じ、もう一度 Escape で入力を消す', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('かわかみ');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('Home / End は入力欄の編集に戻り、候補の選択を外す', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('');
    expect(input.selectionStart).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(input.selectionStart).to.equal(4);
  });

  it('団体コードの先頭でも探せる', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: '20304' });
    await results(el);
    await el.updateComplete;
    expect(options(el)).to.include('川上村（長野県） 203041');
  });

  it('kinds と exclude で候補を絞れる', async () => {
    const { el, input } = await mount({ kinds: ['町', '村'], exclude: ['203041'] });
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['川上村（奈良県） 294527']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      '1件見つかりました',
    );
  });

  it('見つからないときは別の探し方を案内する', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'ぱぴぷ' });
    await waitFor(
      () =>
        el
          .shadowRoot!.querySelector('[role="status"]')!
          .textContent!.includes('見つかりませんでした'),
      '見つからないことを伝えない',
    );
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('一覧は最初のフォーカスで読み込み、その間「読み込み中…」と伝える', async () => {
    const { el, input } = await mount();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    input.focus();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!.textContent;
    expect(['読み込み中…', '']).to.include(status);
  });

  it('一覧がまだ届かないうちに団体コードを打ち終えても、届いたときにその団体が候補に出る', async () => {
    const { el, input } = await mount();
    // Typed in one go before the element has its list (a fast typist on a slow PC).
    input.value = '203041';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(el.value).to.equal('203041');
    await results(el);
    expect(options(el)[0]).to.contain('川上村');
  });

  it('外から値（コード）を渡すと団体名とコードを表示する', async () => {
    const { el, input } = await mount({ value: '203041' });
    await waitFor(() => input.value === '川上村（長野県）', '名前が出ない');
    expect(el.shadowRoot!.querySelector('#code')!.textContent).to.equal('団体コード：203041');
    expect(input.labels?.[0]?.textContent).to.equal('申請団体');
    await expect(el).to.be.accessible();
  });

  it('打っただけで選ばずに離れると、文字を raw に残す（エラーの文はセッションが出す）', async () => {
    const { el, input } = await mount();
    input.focus();
    await sendKeys({ type: 'かわかみ' });
    await results(el);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.raw).to.equal('かわかみ');
    expect(el.shadowRoot!.querySelector('[part="error"]'), '欄自身の文は出ない').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
