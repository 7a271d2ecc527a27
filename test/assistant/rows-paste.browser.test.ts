// The runner's tables under a session: a paste from a spreadsheet, row moves and undo reach the
// engine, and what a screen reader gets is read from the accessibility tree.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    data: { items?: { label?: string; cost?: number }[] };
    raw: Record<string, string>;
    undo(): boolean;
  };
};

interface A11yNode {
  role: string;
  name: string;
  value?: string | number;
  invalid?: string;
  focused?: boolean;
  children?: A11yNode[];
}

async function mountItems(items: unknown[] = [{}]) {
  const store = openDraftStore(`koiki-rows-${Math.random()}`);
  const draft = newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: { name: '川上村', items },
    step: 'items',
    title: '試験',
  });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${sampleModule} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector('koiki-repeatable-rows')!;
  await table.updateComplete;
  return { el, table };
}

const tableRoot = (table: HTMLElement) => table.shadowRoot!;
const status = (table: HTMLElement) =>
  tableRoot(table).querySelector('[role="status"]')!.textContent;
/** A button of the table by where it is; its spoken name is checked in the accessibility tree. */
const tableButton = (table: HTMLElement, selector: string) =>
  tableRoot(table).querySelector<HTMLButtonElement>(selector)!;

/** Focuses a button and checks what a screen reader calls it. */
async function focusButton(button: HTMLButtonElement, name: string): Promise<void> {
  button.focus();
  const focused = findNode(
    (await a11ySnapshot({})) as unknown as A11yNode,
    (node) => node.focused === true,
  );
  expect(focused).to.include({ role: 'button', name });
}

/** The <input> inside a cell's field, where a person clicks before pressing Ctrl+V. */
function cellInput(table: HTMLElement, row: number, column: string): HTMLInputElement {
  const cell = tableRoot(table).querySelector(
    `.row[data-index="${row}"] .cell[data-column="${column}"] > *`,
  )!;
  return cell.shadowRoot!.querySelector('input')!;
}

/** A paste as the browser fires it: a ClipboardEvent carrying a DataTransfer, on the input. */
function paste(target: HTMLElement, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event;
}

/** Twenty rows as Excel copies them: a header, 全角 digits, commas, 「600万」, one unreadable amount. */
const amounts = [
  '１２０，０００',
  '300,000',
  '600万',
  '1,000,000',
  '45000',
  '８８０，０００',
  '12万5千',
  'たくさん',
  '2,400,000',
  '6,000千円',
];
const tsv = [
  '内容\t金額（円）',
  ...Array.from({ length: 20 }, (_, i) => `経費${i + 1}\t${amounts[i % amounts.length]}`),
  '',
].join('\r\n');

/** The text a node reads out: its name, else its descendants' texts. */
function textOf(node: A11yNode): string {
  return node.name || (node.children ?? []).map(textOf).join('');
}

/** A polite live region (role status) that says `text`. */
function liveRegionSaying(root: A11yNode, text: string): A11yNode | null {
  return findNode(root, (node) => node.role === 'status' && textOf(node) === text);
}

function findNode(root: A11yNode, test: (node: A11yNode) => boolean): A11yNode | null {
  return findAccessibilityNode<A11yNode>(root as A11yNode & { children: A11yNode[] }, test);
}

describe('表への貼り付け（表計算ソフトから）', () => {
  it('20行を貼り付けると各列をその列の読み方で読み、読めない欄は入力のまま残して知らせる', async () => {
    const { el, table } = await mountItems();
    const input = cellInput(table, 0, 'label');
    input.focus();
    const changed = oneEvent(table, 'koiki-rows-change');
    const event = paste(input, tsv);
    expect(event.defaultPrevented, '表の貼り付けはセル1つに入らない').to.equal(true);
    await changed;
    await el.updateComplete;
    await table.updateComplete;

    const items = el.session.data.items ?? [];
    expect(items).to.have.length(20);
    expect(items[0]).to.deep.equal({ label: '経費1', cost: 120_000 });
    expect(items[2]).to.deep.equal({ label: '経費3', cost: 6_000_000 });
    expect(items[5]?.cost).to.equal(880_000);
    expect(items[6]?.cost).to.equal(125_000);
    expect(items[9]?.cost).to.equal(6_000_000);
    expect(items[7]).to.deep.equal({ label: '経費8' });
    expect(items[17]).to.deep.equal({ label: '経費18' });
    expect(el.session.raw).to.deep.equal({
      'items.7.cost': 'たくさん',
      'items.17.cost': 'たくさん',
    });
    expect(status(table)).to.equal(
      '1行目から20行を貼り付けました。読み取れなかった欄は入力のまま残しました。確かめてください：8行目 金額、18行目 金額。',
    );

    // What a screen reader meets in row 8: the amount as typed, marked invalid, with the reason.
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const amount = findNode(
      snapshot,
      (node) => node.role === 'textbox' && node.name.startsWith('金額（8行目）'),
    );
    expect(amount?.value).to.equal('たくさん');
    expect(liveRegionSaying(snapshot, status(table) ?? '')).to.not.equal(null);
    expect(amount?.invalid).to.equal('true');
    const cell = tableRoot(table).querySelector(
      '.row[data-index="7"] .cell[data-column="cost"] > *',
    )!;
    expect(cell.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain(
      '貼り付けた「たくさん」を読み取れませんでした。',
    );
  });

  it('貼り付けは1回の「元に戻す」で元に戻る', async () => {
    const { el, table } = await mountItems([{ label: '旅費', cost: 1000 }]);
    const changed = oneEvent(table, 'koiki-rows-change');
    paste(cellInput(table, 0, 'label'), '謝金\t300,000\n委託料\t600万\n');
    await changed;
    await el.updateComplete;
    expect(el.session.data.items).to.deep.equal([
      { label: '謝金', cost: 300_000 },
      { label: '委託料', cost: 6_000_000 },
    ]);
    expect(el.session.undo()).to.equal(true);
    expect(el.session.data.items).to.deep.equal([{ label: '旅費', cost: 1000 }]);
    await el.updateComplete;
    await table.updateComplete;

    // The table's own 「元に戻す」 after a paste does the same.
    const again = oneEvent(table, 'koiki-rows-change');
    paste(cellInput(table, 0, 'label'), '謝金\t300,000\n委託料\t600万\n');
    await again;
    await el.updateComplete;
    await table.updateComplete;
    const undone = oneEvent(table, 'koiki-rows-change');
    await focusButton(tableButton(table, '.notice button'), '元に戻す');
    await sendKeys({ press: 'Enter' });
    await undone;
    await el.updateComplete;
    expect(el.session.data.items).to.deep.equal([{ label: '旅費', cost: 1000 }]);
    expect(status(table)).to.equal('元に戻しました。');
  });

  it('1つの値の貼り付けはセルにそのまま入る（表として扱わない）', async () => {
    const { table } = await mountItems();
    const event = paste(cellInput(table, 0, 'label'), '旅費');
    expect(event.defaultPrevented).to.equal(false);
  });
});

describe('表の行の操作（読み上げとフォーカス）', () => {
  it('追加すると新しい行の最初の欄にフォーカスが移り、「2行目を追加しました。」と伝える', async () => {
    const { el, table } = await mountItems([{ label: '旅費', cost: 1000 }]);
    await focusButton(tableButton(table, 'button.add'), '行を追加');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await table.updateComplete;
    expect(status(table)).to.equal('2行目を追加しました。');
    expect(el.session.data.items).to.have.length(2);
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const focused = findNode(snapshot, (node) => node.focused === true);
    expect(focused?.role).to.equal('textbox');
    expect(focused?.name).to.match(/^内容（2行目）/);
    expect(liveRegionSaying(snapshot, '2行目を追加しました。')).to.not.equal(null);
  });

  it('並べ替え・削除・元に戻すがセッションに届き、それぞれ読み上げ用に伝える', async () => {
    const { el, table } = await mountItems([
      { label: 'A', cost: 1 },
      { label: 'B', cost: 2 },
      { label: 'C', cost: 3 },
    ]);
    const labels = () => (el.session.data.items ?? []).map((item) => item.label);

    await focusButton(tableButton(table, '.row[data-index="0"] button.down'), '1行目を下へ移動');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(labels()).to.deep.equal(['B', 'A', 'C']);
    expect(status(table)).to.equal('1行目を2行目に移動しました。');

    await focusButton(tableButton(table, '.row[data-index="2"] button.remove'), '3行目を削除');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await table.updateComplete;
    expect(labels()).to.deep.equal(['B', 'A']);
    expect(status(table)).to.equal('3行目を削除しました。元に戻すボタンで戻せます。');

    // Focus is on 「元に戻す」 after a removal.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await table.updateComplete;
    expect(labels()).to.deep.equal(['B', 'A', 'C']);
    expect(status(table)).to.equal('元に戻しました。');
    await expect(el).to.be.accessible();
  });

  it('セルを離れるとセッションでその欄に触れた印がつき、エラーはそのセルに出る', async () => {
    const { el, table } = await mountItems([{ label: '旅費' }]);
    const input = cellInput(table, 0, 'cost');
    input.focus();
    await sendKeys({ type: 'あ' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    await table.updateComplete;
    expect(el.session.raw).to.deep.equal({ 'items.0.cost': 'あ' });
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const amount = findNode(
      snapshot,
      (node) => node.role === 'textbox' && node.name.startsWith('金額（1行目）'),
    );
    expect(amount?.invalid).to.equal('true');
  });

  it('エラーの一覧のリンクは、その行のその欄にフォーカスを移す', async () => {
    const { el, table } = await mountItems([{ label: '旅費' }, { cost: 1000 }]);
    const next = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '次へ',
    )!;
    next.click();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('koiki-error-summary')!;
    await (summary as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.click();
    await table.updateComplete;
    const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
    const focused = findNode(snapshot, (node) => node.focused === true);
    expect(focused?.role).to.equal('textbox');
    expect(focused?.name).to.match(/^内容（2行目）/);
  });
});
