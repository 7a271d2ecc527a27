import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../packages/kit/src/fields/choice-field/define.ts';
import type {
  ChoiceOption,
  KoikiChoiceField,
} from '../../../packages/kit/src/fields/choice-field/choice-field.ts';
import { type FieldElement, runFieldContract } from '../field-contract.ts';

const options: ChoiceOption[] = [
  { value: 'nurse', label: '保健師', hint: '母子保健・感染症対策など' },
  { value: 'tax', label: '税務' },
  { value: 'land', label: '用地' },
];
const setup = (type: 'radio' | 'checkbox' | 'select') => (el: FieldElement) => {
  const field = el as KoikiChoiceField;
  field.type = type;
  field.options = options;
};

runFieldContract({
  tag: 'koiki-choice-field',
  variant: 'ラジオ',
  namedRole: 'group',
  setup: setup('radio'),
  fill: async () => {
    await sendKeys({ press: 'Space' });
  },
  filledFormData: ['nurse'],
});

runFieldContract({
  tag: 'koiki-choice-field',
  variant: 'チェックボックス',
  namedRole: 'group',
  setup: setup('checkbox'),
  fill: async () => {
    await sendKeys({ press: 'Space' });
  },
  filledFormData: ['nurse'],
  makeInvalid: async () => {
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
  },
});

runFieldContract({
  tag: 'koiki-choice-field',
  variant: 'セレクト',
  namedRole: 'combobox',
  setup: setup('select'),
  fill: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  filledFormData: ['nurse'],
  makeInvalid: async () => {
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
  },
});

describe('koiki-choice-field: 選択肢', () => {
  it('ラジオは矢印キーで次の選択肢に移り、その値になる', async () => {
    const el = await fixture<KoikiChoiceField>(
      html`<koiki-choice-field label="専門分野" .options=${options}></koiki-choice-field>`,
    );
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('tax');
    await expect(el).to.be.accessible();
  });

  it('チェックボックスは選んだものを選択肢の順に配列で持ち、FormData に全部入る', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <koiki-choice-field
          label="専門分野"
          name="fields"
          type="checkbox"
          .options=${options}
        ></koiki-choice-field>
      </form>`,
    );
    const el = form.querySelector('koiki-choice-field')!;
    const boxes = el.shadowRoot!.querySelectorAll('input');
    boxes[2]!.click();
    boxes[0]!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['nurse', 'land']);
    expect(new FormData(form).getAll('fields')).to.deep.equal(['nurse', 'land']);
  });

  it('選択肢の補足が、その選択肢の説明として読まれる', async () => {
    const el = await fixture<KoikiChoiceField>(
      html`<koiki-choice-field label="専門分野" .options=${options}></koiki-choice-field>`,
    );
    const first = el.shadowRoot!.querySelector('input')!;
    const hint = el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.equal('母子保健・感染症対策など');
  });
});
