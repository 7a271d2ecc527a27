import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { waitFor } from '../../assistant/wait-for.ts';
import '../../../packages/kit/src/fields/repeatable-rows/define.ts';
import type {
  KoikiRepeatableRows,
  Row,
  RowsChangeDetail,
} from '../../../packages/kit/src/fields/repeatable-rows/repeatable-rows.ts';
import type { RowColumn } from '../../../packages/kit/src/fields/repeatable-rows/row-column.ts';
import { type AxNode, axFindAll, axTree } from '../a11y-tree.ts';

const columns: RowColumn[] = [
  { path: 'item', label: '費目', control: 'text', required: true },
  {
    path: 'amount',
    label: '金額',
    control: 'yen',
    required: true,
    total: true,
    hint: '例：120,000',
  },
];

const rows: Row[] = [
  { item: '旅費', amount: 120_000 },
  { item: '謝金', amount: 300_000 },
  { item: '委託料', amount: 1_000_000 },
];

async function mount(value: Row[] = rows, extra: Partial<KoikiRepeatableRows> = {}) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <koiki-repeatable-rows label="経費の内訳" name="costs" .columns=${columns} .value=${value}>
    </koiki-repeatable-rows>
  </form>`);
  const el = form.querySelector('koiki-repeatable-rows')!;
  Object.assign(el, extra);
  await el.updateComplete;
  return { form, el };
}

const root = (el: KoikiRepeatableRows) => el.shadowRoot!;
const status = (el: KoikiRepeatableRows) => root(el).querySelector('[role="status"]')!.textContent;
const items = (el: KoikiRepeatableRows) => el.value.map((row) => row.item);
/** A row's own button (`up`, `down`, `remove`), found by where it is, not by its name. */
const rowButton = (el: KoikiRepeatableRows, row: number, kind: 'up' | 'down' | 'remove') =>
  root(el).querySelector<HTMLButtonElement>(`.row[data-index="${row - 1}"] button.${kind}`)!;

/** What a screen reader says has focus: the browser's accessibility tree, not our attributes. */
async function focusedNode(): Promise<AxNode | undefined> {
  return axFindAll(await axTree(), (node) => node.focused === true)[0];
}

/** The element focused inside the rows, through the nested field's shadow root. */
function focusedCell(el: KoikiRepeatableRows): Element | null {
  return root(el).activeElement;
}

describe('koiki-repeatable-rows', () => {
  it('各行を「N行目」のグループにし、費目と金額の欄を並べ、金額の合計を出す', async () => {
    const { el } = await mount();
    const numbers = [...root(el).querySelectorAll('.row .row-number')].map((l) => l.textContent);
    expect(numbers).to.deep.equal(['1行目', '2行目', '3行目']);
    expect(root(el).querySelectorAll('koiki-text-field')).to.have.length(3);
    expect(root(el).querySelectorAll('koiki-yen-field')).to.have.length(3);
    expect(root(el).querySelector('.total')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '金額の合計 1,420,000円',
    );
    await expect(el).to.be.accessible();
  });

  it('「行を追加」を Enter で押すと行が増え、「4行目を追加しました。」と伝え、新しい行へフォーカスが移る', async () => {
    const { el } = await mount();
    const changes: RowsChangeDetail[] = [];
    el.addEventListener('koiki-change', (e) => changes.push((e as CustomEvent).detail));
    root(el).querySelector<HTMLButtonElement>('button.add')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.have.length(4);
    expect(status(el)).to.equal('4行目を追加しました。');
    expect(focusedCell(el)?.closest('.row')?.getAttribute('data-index')).to.equal('3');
    const focused = await focusedNode();
    expect(focused?.role).to.equal('textbox');
    expect(focused?.name).to.match(/^費目（4行目）/);
    expect(changes.at(-1)!.value).to.have.length(4);
    await sendKeys({ type: '印刷製本費' });
    await el.updateComplete;
    expect(el.value[3]!.item).to.equal('印刷製本費');
    await expect(el).to.be.accessible();
  });

  it('削除すると「元に戻す」が出て、押すと同じ場所に戻る', async () => {
    const { el } = await mount();
    const remove = rowButton(el, 2, 'remove');
    remove.focus();
    expect(await focusedNode()).to.include({ role: 'button', name: '2行目を削除' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['旅費', '委託料']);
    expect(status(el)).to.equal('2行目を削除しました。元に戻すボタンで戻せます。');
    const undo = root(el).querySelector('.notice')!;
    expect(undo.textContent).to.contain('2行目を削除しました。');
    expect(await focusedNode(), 'フォーカスは「元に戻す」').to.include({
      role: 'button',
      name: '元に戻す',
    });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['旅費', '謝金', '委託料']);
    expect(status(el)).to.equal('元に戻しました。');
    expect(root(el).querySelector('.notice')).to.equal(null);
    // The row that came back is drawn again with its cells, not left empty.
    const drawn = [...root(el).querySelectorAll('.row koiki-text-field')].map(
      (cell) => (cell as HTMLElement & { value: unknown }).value,
    );
    expect(drawn).to.deep.equal(['旅費', '謝金', '委託料']);
  });

  it('「下へ」で行を入れ替え、フォーカスは移った行の同じボタンについていく', async () => {
    const { el } = await mount();
    rowButton(el, 1, 'down').focus();
    expect(await focusedNode()).to.include({ role: 'button', name: '1行目を下へ移動' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['謝金', '旅費', '委託料']);
    expect(status(el)).to.equal('1行目を2行目に移動しました。');
    expect(await focusedNode()).to.include({ role: 'button', name: '2行目を下へ移動' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['謝金', '委託料', '旅費']);
    // The last row has no 「下へ」, so focus lands on its 「上へ」.
    expect(await focusedNode()).to.include({ role: 'button', name: '3行目を上へ移動' });
    await expect(el).to.be.accessible();
  });

  it('最大行数に達すると追加ボタンの代わりに上限を示し、最小行数までは空の行を出して削除させない', async () => {
    const { el } = await mount(rows, { maxRows: 3 });
    expect(root(el).querySelector('button.add')).to.equal(null);
    expect(root(el).querySelector('.max')!.textContent).to.equal('行は3行まで入力できます。');
    const { el: empty } = await mount([], { minRows: 1 });
    expect(empty.value).to.have.length(1);
    expect(root(empty).querySelector('button.remove')).to.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('セルで読めない金額はその行の入力として残り、行全体が未確定になる', async () => {
    const { el } = await mount();
    const changes: RowsChangeDetail[] = [];
    el.addEventListener('koiki-change', (e) => changes.push((e as CustomEvent).detail));
    const yen = root(el).querySelectorAll('koiki-yen-field')[1]!;
    (yen as HTMLElement).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'あ' });
    await el.updateComplete;
    const last = changes.at(-1)!;
    expect(Object.keys(last.cellRaw)).to.deep.equal(['1.amount']);
    expect(last.valid).to.equal(false);
  });

  it('ネイティブ form には行の配列が JSON で入り、reset で元に戻る', async () => {
    const { form, el } = await mount();
    expect(JSON.parse(new FormData(form).get('costs') as string)).to.deep.equal(rows);
    rowButton(el, 1, 'remove').click();
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['旅費', '謝金', '委託料']);
  });

  it('セルのエラーは外から（cellErrors で）渡されたものだけが出る', async () => {
    const { el } = await mount([{ item: '', amount: undefined }]);
    const cell = root(el).querySelector('koiki-text-field')!;
    await cell.updateComplete;
    expect(
      cell.shadowRoot!.querySelector('[part="error"]'),
      '空の必須セルでも自分からは出さない',
    ).to.equal(null);
    el.cellErrors = { '0.item': '経費 1行目 費目を入力してください。' };
    await el.updateComplete;
    await cell.updateComplete;
    expect(cell.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      '経費 1行目 費目を入力してください。',
    );
    await expect(el).to.be.accessible();
  });
});

describe('koiki-repeatable-rows の表の形', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('広い画面では1行が1列に並び、列の見出しが出る', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { el } = await mount();
    await waitFor(() => el.hasAttribute('wide'), '広い画面の形になる');
    const row = root(el).querySelector('.row')!;
    const cells = [...row.querySelectorAll('.cell')];
    const tops = cells.map((cell) => Math.round(cell.getBoundingClientRect().top));
    expect(new Set(tops).size, 'どのセルも同じ高さに並ぶ').to.equal(1);
    expect(row.getBoundingClientRect().height).to.be.below(140);
    const headings = [...root(el).querySelectorAll('.heading')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['費目※必須', '金額※必須例：120,000']);
  });

  it('幅 320px では欄が縦に並び、横にはみ出さない', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mount();
    expect(el.hasAttribute('wide')).to.equal(false);
    const cells = [...root(el).querySelectorAll('.row')[0]!.querySelectorAll('.cell')];
    const [first, second] = cells.map((cell) => cell.getBoundingClientRect());
    expect(second!.top).to.be.above(first!.bottom - 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('200行の表で読める値を打っても、ブラウザの吹き出しの位置を探して全行を調べない（読めないときだけ探す）', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ item: `費目${i + 1}`, amount: i }));
    const { form, el } = await mount(many);
    const shadow = root(el);
    const lookups: string[] = [];
    const original = shadow.querySelector.bind(shadow);
    shadow.querySelector = ((selector: string) => {
      lookups.push(selector);
      return original(selector);
    }) as typeof shadow.querySelector;
    const yen = original('.row[data-index="120"] koiki-yen-field') as HTMLElement;
    yen.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '5' });
    await el.updateComplete;
    expect(el.value[120]!.amount).to.equal(1205);
    expect(lookups, '値が読めるあいだは探さない').to.deep.equal([]);
    expect(form.checkValidity()).to.equal(true);
    await sendKeys({ type: 'あ' });
    await el.updateComplete;
    expect(lookups.length, '読めない値で、吹き出しの位置を探す').to.be.above(0);
    expect(form.checkValidity()).to.equal(false);
    expect(el.field.internals.validationMessage).to.contain('121行目');
  });

  it('200行あっても、1つのセルの入力で描き直すのはその行だけ', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ item: `費目${i + 1}`, amount: i }));
    const { el } = await mount(many);
    const rendered: number[] = [];
    const rows = el as unknown as { renderRow(row: Row, index: number, cells: unknown): unknown };
    const original = rows.renderRow.bind(el);
    rows.renderRow = (row, index, cells) => {
      rendered.push(index);
      return original(row, index, cells);
    };
    const cell = root(el).querySelector('.row[data-index="120"] koiki-text-field') as HTMLElement;
    cell.focus();
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(el.value[120]!.item).to.equal('費目121a');
    expect(rendered).to.deep.equal([120]);
  });
});
