// The control registry: every control kind has both halves (display/parse in schemas, field/cell
// in the kit), so adding a kind without one of them fails here as well as in the type check.
import '../../../packages/kit/src/controls/define-controls.ts';
import { controlKindNames, controlKinds } from '@koiki/schemas';
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import {
  type ControlProps,
  controlTemplates,
} from '../../../packages/kit/src/controls/control-templates.ts';

const sample: Record<string, unknown> = {
  text: '保健師',
  textarea: '第2条に定める',
  yen: 6_000_000,
  decimal: 3280.15,
  date: '2026-04-01',
  'fiscal-year': 2026,
  dantai: '294527',
  radio: 'a',
  checkbox: ['a'],
  select: 'a',
  boolean: true,
  attachment: [],
  rows: [],
  sections: [],
  info: undefined,
};

function props(kind: string, changes: unknown[]): ControlProps {
  return {
    path: `sample.${kind}`,
    label: `見本（${kind}）`,
    hint: '',
    required: false,
    value: sample[kind],
    raw: '',
    error: '',
    options: [
      { value: 'a', label: 'ア' },
      { value: 'b', label: 'イ' },
    ],
    text: '届出先は総務大臣です。',
    onChange: (change) => changes.push(change),
    onBlur: () => {},
  };
}

describe('部品の一覧（control registry）', () => {
  it('表示・読み取りの一覧と、画面の部品の一覧は同じ種類をすべて持つ', () => {
    expect(Object.keys(controlTemplates).sort()).to.deep.equal([...controlKindNames].sort());
    expect(Object.keys(controlKinds).sort()).to.deep.equal([...controlKindNames].sort());
  });

  for (const kind of controlKindNames) {
    it(`「${kind}」は欄としても表のセルとしても描け、データのパスを持つ`, async () => {
      const changes: unknown[] = [];
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const shape of ['field', 'cell'] as const) {
        render(controlTemplates[kind][shape](props(kind, changes)), container);
        const element = container.querySelector(`[data-path="sample.${kind}"]`);
        expect(element, `${kind} ${shape}`).to.not.equal(null);
        if (element instanceof HTMLElement && 'updateComplete' in element)
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(
          container.textContent?.trim() || element?.shadowRoot?.textContent,
          shape,
        ).to.not.equal('');
      }
    });
  }

  it('小数は登録された読み方で数になり、読めない文字はそのまま残る', async () => {
    const changes: { value: unknown; raw: string }[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    render(controlTemplates.decimal.field(props('decimal', changes)), container);
    const field = container.querySelector('koiki-text-field')!;
    field.dispatchEvent(
      new CustomEvent('koiki-change', { detail: { value: '３,２８０.１５', raw: '' } }),
    );
    field.dispatchEvent(new CustomEvent('koiki-change', { detail: { value: '三千', raw: '' } }));
    expect(changes).to.deep.equal([
      { value: 3280.15, raw: '' },
      { value: undefined, raw: '三千' },
    ]);
  });

  it('はい/いいえは true/false になる', async () => {
    const changes: { value: unknown; raw: string }[] = [];
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    render(controlTemplates.boolean.field(props('boolean', changes)), container);
    const field = container.querySelector('koiki-choice-field')!;
    field.dispatchEvent(new CustomEvent('koiki-change', { detail: { value: 'false', raw: '' } }));
    expect(changes).to.deep.equal([{ value: false, raw: '' }]);
  });
});
