// Choices computed from the data: a chosen value the options no longer offer stays chosen and is
// explained, in a choice field and in a table column whose options come from its row.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/kit/src/fields/choice-field/define.ts';
import '../../../packages/kit/src/fields/repeatable-rows/define.ts';
import type { KoikiChoiceField } from '../../../packages/kit/src/fields/choice-field/choice-field.ts';
import type {
  KoikiRepeatableRows,
  RowsChangeDetail,
} from '../../../packages/kit/src/fields/repeatable-rows/repeatable-rows.ts';
import type { RowColumn } from '../../../packages/kit/src/fields/repeatable-rows/row-column.ts';

const agreements = [
  { value: '高知', label: '高知県連携協約' },
  { value: '大豊', label: '大豊町連携協約' },
];

async function choice(type: 'select' | 'radio', value: string) {
  return fixture<KoikiChoiceField>(html`<koiki-choice-field label="協約" name="agreement"
    type=${type} .options=${agreements} .value=${value}></koiki-choice-field>`);
}

describe('選択肢にない値（データから作る選択肢）', () => {
  it('セレクト：消えた協約の値を選ばれたまま示し、選び直すよう説明する', async () => {
    const el = await choice('select', '旧協約');
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal([
      '選んでください',
      '高知県連携協約',
      '大豊町連携協約',
      '旧協約（今の選択肢にありません）',
    ]);
    expect(select.value).to.equal('旧協約');
    const note = el.shadowRoot!.querySelector('#missing-choice')!;
    expect(note.textContent).to.contain('選んでいた「旧協約」は今の選択肢にありません');
    expect(select.getAttribute('aria-describedby')).to.contain('missing-choice');
    await expect(el).to.be.accessible();
  });

  it('ラジオ：消えた値も選ばれたラジオとして残る', async () => {
    const el = await choice('radio', '旧協約');
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('旧協約');
    expect(el.shadowRoot!.textContent).to.contain('旧協約（今の選択肢にありません）');
    await expect(el).to.be.accessible();
  });

  it('選択肢にある値なら説明は出ない', async () => {
    const el = await choice('select', '高知');
    expect(el.shadowRoot!.querySelector('#missing-choice')).to.equal(null);
    expect(el.shadowRoot!.querySelector('select')!.options).to.have.length(3);
  });
});

describe('表の列の選択肢をデータから作る（optionsFrom）', () => {
  type Root = { agreements: { name: string; parties: string[] }[] };
  const columns: RowColumn[] = [
    {
      path: 'agreement',
      label: '協約',
      control: 'select',
      optionsFrom: (_row, root) =>
        (root as Root).agreements.map((a) => ({ value: a.name, label: a.name })),
    },
    {
      path: 'host',
      label: '派遣先',
      control: 'select',
      // The parties of the 協約 this row chose.
      optionsFrom: (row: { agreement?: string }, root) =>
        ((root as Root).agreements.find((a) => a.name === row.agreement)?.parties ?? []).map(
          (party) => ({ value: party, label: party }),
        ),
    },
  ];
  const root: Root = {
    agreements: [
      { name: '高知', parties: ['高知県', '大豊町'] },
      { name: '奈良', parties: ['奈良県', '川上村'] },
    ],
  };

  async function table(rootData: Root) {
    return fixture<KoikiRepeatableRows>(html`<koiki-repeatable-rows label="派遣" name="posts"
      .columns=${columns} .root=${rootData}
      .value=${[{ agreement: '高知' }, { agreement: '奈良' }]}></koiki-repeatable-rows>`);
  }
  const optionsOf = (el: KoikiRepeatableRows, row: number, column: string) =>
    [
      ...el
        .shadowRoot!.querySelector(`.row[data-index="${row}"] .cell[data-column="${column}"] > *`)!
        .shadowRoot!.querySelectorAll('option'),
    ].map((option) => option.textContent?.trim());

  it('各行の派遣先は、その行で選んだ協約の参加団体になり、データが変わると追いかける', async () => {
    const el = await table(root);
    expect(optionsOf(el, 0, 'host')).to.deep.equal(['選んでください', '高知県', '大豊町']);
    expect(optionsOf(el, 1, 'host')).to.deep.equal(['選んでください', '奈良県', '川上村']);
    el.root = { agreements: [root.agreements[0]!, { name: '奈良', parties: ['奈良県'] }] };
    await el.updateComplete;
    const cell = el.shadowRoot!.querySelector('.row[data-index="1"] .cell[data-column="host"] > *');
    await (cell as KoikiChoiceField).updateComplete;
    expect(optionsOf(el, 1, 'host')).to.deep.equal(['選んでください', '奈良県']);
  });

  it('貼り付けは、その行の選択肢で読む', async () => {
    const el = await table(root);
    const changes: RowsChangeDetail[] = [];
    el.addEventListener('koiki-rows-change', (e) =>
      changes.push((e as CustomEvent<RowsChangeDetail>).detail),
    );
    const input = el
      .shadowRoot!.querySelector('.row[data-index="0"] .cell > *')!
      .shadowRoot!.querySelector('select')!;
    const data = new DataTransfer();
    data.setData('text/plain', '奈良\t川上村\n高知\t川上村');
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const pasted = changes.at(-1)!;
    expect(pasted.value).to.deep.equal([
      { agreement: '奈良', host: '川上村' },
      { agreement: '高知' },
    ]);
    // 川上村 is not a party of 高知's 協約: kept as typed and flagged.
    expect(pasted.cellRaw).to.deep.equal({ '1.host': '川上村' });
  });
});
