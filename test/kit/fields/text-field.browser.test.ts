import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/kit/src/fields/text-field/define.ts';
import type { KoikiTextField } from '../../../packages/kit/src/fields/text-field/text-field.ts';
import { runFieldContract } from '../field-contract.ts';

runFieldContract({
  tag: 'koiki-text-field',
  namedRole: 'textbox',
  fill: async () => {
    await sendKeys({ type: '山田太郎' });
  },
  filledFormData: ['山田太郎'],
  emptyFormData: [''],
  makeInvalid: async () => {
    await sendKeys({ type: 'a' });
    await sendKeys({ press: 'Backspace' });
  },
});

runFieldContract({
  tag: 'koiki-text-field',
  variant: '複数行',
  namedRole: 'textbox',
  setup: (el) => {
    (el as KoikiTextField).multiline = true;
  },
  fill: async () => {
    await sendKeys({ type: '協議会を開催した。' });
  },
  filledFormData: ['協議会を開催した。'],
  emptyFormData: [''],
});

describe('koiki-text-field: 文字数と文字の確認', () => {
  it('最大120文字の欄に9文字入れると「残り111文字」と表示される', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="協約名" maxlength="120"></koiki-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '連携協約の名称です' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#count')?.textContent).to.equal('残り111文字');
    expect(input.getAttribute('aria-describedby')).to.contain('count');
  });

  it('100文字未満の欄は、上限に近づくまで文字数を表示しない', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="電話番号" maxlength="20"></koiki-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '0742-27-8413' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#count')).to.equal(null);
    expect(input.getAttribute('aria-describedby') ?? '').to.not.contain('count');
    await sendKeys({ type: '-12345' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#count')?.textContent).to.equal('残り2文字');
  });

  it('autocomplete の種類で電話番号は type=tel、メールアドレスは type=email になる', async () => {
    const tel = await fixture<KoikiTextField>(
      html`<koiki-text-field label="電話番号" autocomplete="work tel"></koiki-text-field>`,
    );
    const telInput = tel.shadowRoot!.querySelector('input')!;
    expect([telInput.type, telInput.getAttribute('autocomplete')]).to.deep.equal([
      'tel',
      'work tel',
    ]);
    const mail = await fixture<KoikiTextField>(
      html`<koiki-text-field label="メールアドレス" autocomplete="work email"></koiki-text-field>`,
    );
    const mailInput = mail.shadowRoot!.querySelector('input')!;
    expect([mailInput.type, mailInput.getAttribute('autocomplete')]).to.deep.equal([
      'email',
      'work email',
    ]);
    const plain = await fixture<KoikiTextField>(
      html`<koiki-text-field label="所属"></koiki-text-field>`,
    );
    expect(plain.shadowRoot!.querySelector('input')!.type).to.equal('text');
  });

  it('最大文字数を超えても文字は消えず、超えた数を数えるが、欄自身はエラーを出さない', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="氏名" maxlength="3"></koiki-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '山田太郎' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await el.updateComplete;
    expect(input.value).to.equal('山田太郎');
    expect(el.shadowRoot!.querySelector('#count')?.textContent).to.equal('1文字超過');
    expect(
      el.shadowRoot!.querySelector('[part="error"]'),
      '長さのエラーは schema が決める',
    ).to.equal(null);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('𠮷 を含む名前には、文字と理由を示す注意が出る（エラーではない）', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="氏名" required></koiki-text-field>`,
    );
    el.value = '𠮷田花子';
    await el.updateComplete;
    const warning = el.shadowRoot!.querySelector('#warning')!;
    expect(warning.textContent).to.contain('次の文字は国の様式で使えない可能性があります：𠮷');
    expect(warning.querySelector('li')?.textContent).to.contain('「𠮷」はJIS第1・第2水準にない');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby')).to.contain(
      'warning',
    );
    const form = document.createElement('form');
    form.append(el);
    document.body.append(form);
    expect(form.checkValidity(), '注意があっても送信はできる').to.equal(true);
    await expect(el).to.be.accessible();
    form.remove();
  });

  it('全角数字とハイフンは、離れたときに半角にそろう', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="電話番号"></koiki-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = '０３－１２３４－５６７８';
    input.dispatchEvent(new InputEvent('input'));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('03-1234-5678');
    expect(input.value).to.equal('03-1234-5678');
  });

  it('自由記述は入力したとおりに残る（（）・㎡・『』・全角空白は変わらず、前後の空白だけ除く）', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="協約名"></koiki-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = ' 連携協約（専門人材の派遣）『第２版』　延床１，２００㎡ ';
    input.dispatchEvent(new InputEvent('input'));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('連携協約（専門人材の派遣）『第２版』　延床１，２００㎡');
    expect(input.value).to.equal('連携協約（専門人材の派遣）『第２版』　延床１，２００㎡');
  });

  it('multiline では複数行の入力欄（textarea）になる', async () => {
    const el = await fixture<KoikiTextField>(
      html`<koiki-text-field label="内容" multiline></koiki-text-field>`,
    );
    expect(el.shadowRoot!.querySelector('textarea')).to.not.equal(null);
  });
});
