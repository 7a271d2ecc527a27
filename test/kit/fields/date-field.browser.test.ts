import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/kit/src/fields/date-field/define.ts';
import type { KoikiDateField } from '../../../packages/kit/src/fields/date-field/date-field.ts';
import { axNode, isInvalid } from '../a11y-tree.ts';
import { runFieldContract } from '../field-contract.ts';

runFieldContract({
  tag: 'koiki-date-field',
  namedRole: 'group',
  fill: async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '8' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '11' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '23' });
  },
  filledFormData: ['2026-11-23'],
  makeInvalid: async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '8' });
  },
});

async function mountDate(): Promise<KoikiDateField> {
  return fixture<KoikiDateField>(html`<koiki-date-field label="締結日"></koiki-date-field>`);
}

const box = (el: KoikiDateField, id: string) =>
  el.shadowRoot!.getElementById(id) as HTMLInputElement;

/** Types into the year, month and day boxes with real key presses. */
async function typeDate(el: KoikiDateField, year: string, month: string, day: string) {
  box(el, 'year').focus();
  await sendKeys({ type: year });
  box(el, 'month').focus();
  await sendKeys({ type: month });
  box(el, 'day').focus();
  await sendKeys({ type: day });
  await el.updateComplete;
}

describe('koiki-date-field: 和暦の日付', () => {
  it('令和 8年11月23日 と入れると値は 2026-11-23、横に「2026年（令和8年）11月23日」と出る', async () => {
    const el = await mountDate();
    box(el, 'year').focus();
    await sendKeys({ type: '8' });
    box(el, 'month').focus();
    await sendKeys({ type: '11' });
    box(el, 'day').focus();
    await sendKeys({ type: '23' });
    await el.updateComplete;
    expect(el.value).to.equal('2026-11-23');
    expect(el.shadowRoot!.getElementById('reading')?.textContent).to.equal(
      '2026年（令和8年）11月23日',
    );
    await expect(el).to.be.accessible();
  });

  it('年の欄に「R8.11.23」と入れて離れると、年・月・日の欄に分かれる', async () => {
    const el = await mountDate();
    box(el, 'year').focus();
    await sendKeys({ type: 'R8.11.23' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('2026-11-23');
    expect([box(el, 'year').value, box(el, 'month').value, box(el, 'day').value]).to.deep.equal([
      '8',
      '11',
      '23',
    ]);
  });

  it('平成を選んで 31年4月30日 と入れると 2019-04-30 になる', async () => {
    const el = await mountDate();
    const era = el.shadowRoot!.getElementById('era') as HTMLSelectElement;
    era.value = '平成';
    era.dispatchEvent(new Event('change'));
    box(el, 'year').focus();
    await sendKeys({ type: '31' });
    box(el, 'month').focus();
    await sendKeys({ type: '4' });
    box(el, 'day').focus();
    await sendKeys({ type: '30' });
    await el.updateComplete;
    expect(el.value).to.equal('2019-04-30');
  });

  it('2月30日のようにない日付は、入力を残したまま raw に保つ（欄自身はエラーを出さない）', async () => {
    const el = await mountDate();
    await typeDate(el, '8', '2', '30');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.raw).to.equal('令和8年2月30日');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(box(el, 'day').value).to.equal('30');
    await expect(el).to.be.accessible();
  });

  it('エラーが渡されると、ない日（2月30日）は日の欄だけが invalid になり、focus() は日の欄へ', async () => {
    const el = await mountDate();
    await typeDate(el, '8', '2', '30');
    el.error = '締結日：令和8年2月は28日までです。';
    await el.updateComplete;
    const states = await Promise.all(['年', '月', '日'].map((name) => axNode('textbox', name)));
    expect(states.map(isInvalid), '年・月・日').to.deep.equal([false, false, true]);
    expect(isInvalid(await axNode('combobox', '元号'))).to.equal(false);
    expect((await axNode('textbox', '日'))?.description).to.contain('令和8年2月は28日までです。');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'day'));
    await expect(el).to.be.accessible();
  });

  it('13月は月の欄だけ、空の欄があればその欄だけが invalid になる', async () => {
    const el = await mountDate();
    await typeDate(el, '8', '13', '1');
    el.error = '締結日：13月はありません。';
    await el.updateComplete;
    expect(el.invalidBoxes).to.deep.equal(['month']);
    box(el, 'month').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.invalidBoxes).to.deep.equal(['month']);
    expect(box(el, 'month').getAttribute('aria-invalid')).to.equal('true');
    expect(box(el, 'year').getAttribute('aria-invalid')).to.equal('false');
  });

  it('日付全体についてのエラー（未入力・前後関係）は3つの欄を invalid にし、focus() は年の欄へ（元号ではなく）', async () => {
    const el = await mountDate();
    el.error = '締結日を入力してください。';
    await el.updateComplete;
    const states = await Promise.all(['年', '月', '日'].map((name) => axNode('textbox', name)));
    expect(states.map(isInvalid)).to.deep.equal([true, true, true]);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'year'));
  });

  it('ISO の値を渡すと 元号・年・月・日 の欄に入る', async () => {
    const el = await mountDate();
    el.value = '2019-05-01';
    await el.updateComplete;
    const era = el.shadowRoot!.getElementById('era') as HTMLSelectElement;
    expect(era.value).to.equal('令和');
    expect([box(el, 'year').value, box(el, 'month').value, box(el, 'day').value]).to.deep.equal([
      '1',
      '5',
      '1',
    ]);
  });
});
