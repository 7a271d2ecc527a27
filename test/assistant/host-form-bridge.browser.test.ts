import { fillHostForm, parseFieldMap, readHostForm } from '@koiki/assistant/host-form-bridge';
import { expect, fixture, html } from '@open-wc/testing';

const portalForm = () =>
  fixture<HTMLFormElement>(html`<form>
    <input id="dantai-name" />
    <input id="amount" />
    <select id="role"><option value="">--</option><option value="派遣元">派遣元</option><option value="派遣先">派遣先</option></select>
    <input id="agree" type="checkbox" />
  </form>`);

const map = {
  'applicant.name': '#dantai-name',
  'amounts.total': '#amount',
  role: '#role',
  agreed: '#agree',
  'contact.phone': '#missing',
};

describe('ポータルの既存フォームとの橋渡し', () => {
  it('対応表どおりに値を入れ、ポータル側のスクリプトが input・change を受け取る', async () => {
    const form = await portalForm();
    const seen: string[] = [];
    form.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).id}`));
    form.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).id}`));
    const report = fillHostForm(
      { applicant: { name: '川上村' }, amounts: { total: 3500000 }, role: '派遣先', agreed: true },
      map,
      form,
    );
    expect((form.querySelector('#dantai-name') as HTMLInputElement).value).to.equal('川上村');
    expect((form.querySelector('#amount') as HTMLInputElement).value).to.equal('3500000');
    expect((form.querySelector('#role') as HTMLSelectElement).value).to.equal('派遣先');
    expect((form.querySelector('#agree') as HTMLInputElement).checked).to.equal(true);
    expect(seen).to.include.members(['input:dantai-name', 'change:dantai-name', 'change:role']);
    expect(report.missing).to.deep.equal(['contact.phone']);
  });

  it('ポータルのフォームに入っている値を初期値として読み取る', async () => {
    const form = await portalForm();
    (form.querySelector('#dantai-name') as HTMLInputElement).value = '川上村';
    (form.querySelector('#role') as HTMLSelectElement).value = '派遣元';
    expect(readHostForm(map, form)).to.deep.equal({
      applicant: { name: '川上村' },
      role: '派遣元',
      agreed: false,
    });
  });

  it('壊れた対応表は例外にせず日本語で知らせる', () => {
    expect(parseFieldMap('{broken').error).to.match(/JSON として読めません/);
    expect(parseFieldMap('{"a.b": "#x", "c": 3}').map).to.deep.equal({ 'a.b': '#x' });
  });

  it('__proto__ を含むパスでオブジェクトの原型を汚さない', async () => {
    const form = await portalForm();
    (form.querySelector('#dantai-name') as HTMLInputElement).value = 'x';
    readHostForm({ '__proto__.polluted': '#dantai-name' }, form);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
