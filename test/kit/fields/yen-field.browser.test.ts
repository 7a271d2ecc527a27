import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/kit/src/fields/yen-field/define.ts';
import type { KoikiYenField } from '../../../packages/kit/src/fields/yen-field/yen-field.ts';
import { runFieldContract } from '../field-contract.ts';

runFieldContract({
  tag: 'koiki-yen-field',
  namedRole: 'textbox',
  fill: async () => {
    await sendKeys({ type: '600万' });
  },
  filledFormData: ['6000000'],
  makeInvalid: async () => {
    await sendKeys({ type: 'abc' });
  },
});

async function mountYen(): Promise<{ el: KoikiYenField; input: HTMLInputElement }> {
  const el = await fixture<KoikiYenField>(
    html`<koiki-yen-field label="人件費" hint="例：600万、6,000千円"></koiki-yen-field>`,
  );
  const input = el.shadowRoot!.querySelector('input')!;
  return { el, input };
}

describe('koiki-yen-field: 金額の入力', () => {
  it('600万 と入力して離れると 6,000,000 と表示され、値は 6000000 になる', async () => {
    const { el, input } = await mountYen();
    input.focus();
    await sendKeys({ type: '600万' });
    expect(input.value, '入力中は打った文字のまま').to.equal('600万');
    expect(el.value).to.equal(6_000_000);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(input.value).to.equal('6,000,000');
    expect(el.shadowRoot!.querySelector('.unit')?.textContent).to.equal('円');
  });

  it('金額の読みが「6,000,000円（600万円）」として入力欄の説明になる', async () => {
    const { el, input } = await mountYen();
    input.focus();
    await sendKeys({ type: '6000000' });
    await el.updateComplete;
    const reading = el.shadowRoot!.querySelector('#reading')!;
    expect(reading.textContent).to.equal('6,000,000円（600万円）');
    expect(input.getAttribute('aria-describedby')).to.contain('reading');
  });

  it('読めない文字を打つと読み方が消え、消すと同じ要素のまま戻る（打つたびに要素を作り直さない）', async () => {
    const { el, input } = await mountYen();
    input.focus();
    await sendKeys({ type: '20000' });
    await el.updateComplete;
    const reading = el.shadowRoot!.querySelector<HTMLElement>('#reading')!;
    expect(reading.textContent).to.equal('20,000円（2万円）');
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(el.raw).to.equal('20000x');
    expect(reading.hidden, '読めないあいだは出ない').to.equal(true);
    expect(getComputedStyle(reading).display).to.equal('none');
    expect(input.getAttribute('aria-describedby')).not.to.contain('reading');
    const text = reading.firstChild;
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#reading'), '同じ要素').to.equal(reading);
    expect(reading.hidden).to.equal(false);
    expect(getComputedStyle(reading).display).to.equal('block');
    expect(reading.textContent).to.equal('20,000円（2万円）');
    expect(reading.firstChild, '文字のノードも同じ').to.equal(text);
    expect(input.getAttribute('aria-describedby')).to.contain('reading');
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(reading.textContent).to.equal('200,000円（20万円）');
  });

  it('読めない文字は消さずに残し、raw に保って koiki-change で「読めない」と知らせる（文はセッションが出す）', async () => {
    const { el, input } = await mountYen();
    let last: { raw: string; valid: boolean } | undefined;
    el.addEventListener('koiki-change', (event) => {
      last = (event as CustomEvent).detail;
    });
    input.focus();
    await sendKeys({ type: '六百万えん' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await el.updateComplete;
    expect(input.value).to.equal('六百万えん');
    expect(el.raw).to.equal('六百万えん');
    expect(el.value).to.equal(undefined);
    expect(last).to.deep.include({ raw: '六百万えん', valid: false });
    expect(el.shadowRoot!.querySelector('[part="error"]'), '欄自身の文は出ない').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('下書きから raw を戻すと、その文字が入力欄に出る', async () => {
    const { el, input } = await mountYen();
    el.raw = '12万くらい';
    await el.updateComplete;
    expect(input.value).to.equal('12万くらい');
  });

  it('外から value を渡すと 1,234,567 の形で表示される', async () => {
    const { el, input } = await mountYen();
    el.value = 1_234_567;
    await el.updateComplete;
    expect(input.value).to.equal('1,234,567');
  });

  it('日本語入力の変換中は値を変えず、確定したときに読み取る', async () => {
    const { el, input } = await mountYen();
    const changes: unknown[] = [];
    el.addEventListener('koiki-change', (event) => changes.push((event as CustomEvent).detail));
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    input.value = '６００';
    input.dispatchEvent(new CompositionEvent('compositionupdate', { data: '６００' }));
    input.dispatchEvent(new InputEvent('input', { isComposing: true, data: '６００' }));
    input.value = '６００まん';
    input.dispatchEvent(new CompositionEvent('compositionupdate', { data: '６００まん' }));
    input.dispatchEvent(new InputEvent('input', { isComposing: true, data: '６００まん' }));
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(input.value, '変換中の文字に手を加えない').to.equal('６００まん');
    input.value = '６００万';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '６００万' }));
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(el.value).to.equal(6_000_000);
    expect(input.value).to.equal('６００万');
  });

  it('入力欄は数字キーボードを求めるが、入力制限（マスク）はかけない', async () => {
    const { input } = await mountYen();
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.hasAttribute('pattern')).to.equal(false);
    expect(input.hasAttribute('maxlength')).to.equal(false);
  });
});
