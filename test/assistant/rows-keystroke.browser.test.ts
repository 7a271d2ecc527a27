// A keystroke in a long table under the runner: the session gets the value, the table draws one
// row again, and what decides which cells show is asked for that row, not for all 200.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    data: { items?: { label?: string; cost?: number }[] };
    isVisible(path: string): boolean;
    set(path: string, value: unknown): void;
  };
};

type Table = HTMLElement & {
  updateComplete: Promise<boolean>;
  renderRow(row: unknown, index: number, cells: unknown): unknown;
};

const rowCount = 200;

async function mountLongTable() {
  const items = Array.from({ length: rowCount }, (_, i) => ({ label: `経費${i + 1}`, cost: i }));
  const draft = newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: { name: '川上村', items },
    step: 'items',
    title: '試験',
  });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${sampleModule} .draft=${draft}
      .store=${openDraftStore(`koiki-keys-${Math.random()}`)}></koiki-form-runner>`,
  );
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector('koiki-repeatable-rows') as unknown as Table;
  await table.updateComplete;
  return { el, table };
}

describe('200行の表での1文字の入力', () => {
  it('入力した値はセッションに入り、描き直すのはその行だけで、表示の判定もその行の分だけ', async () => {
    const { el, table } = await mountLongTable();
    expect(table.shadowRoot!.querySelectorAll('.row')).to.have.length(rowCount);
    const rendered: number[] = [];
    const renderRow = table.renderRow.bind(table);
    table.renderRow = (row, index, cells) => {
      rendered.push(index);
      return renderRow(row, index, cells);
    };
    let visibilityChecks = 0;
    const isVisible = el.session.isVisible.bind(el.session);
    el.session.isVisible = (path) => {
      visibilityChecks++;
      return isVisible(path);
    };
    const cell = table.shadowRoot!.querySelector(
      '.row[data-index="120"] .cell[data-column="cost"] > *',
    )!;
    const input = cell.shadowRoot!.querySelector('input')!;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    await sendKeys({ type: '5' });
    await el.updateComplete;
    await table.updateComplete;

    expect(el.session.data.items?.[120]).to.deep.equal({ label: '経費121', cost: 1205 });
    expect(rendered).to.deep.equal([120]);
    // The step's own fields and the one row's cells: a handful, whatever the number of rows.
    expect(visibilityChecks).to.be.below(rowCount / 10);
  });

  it('手順で「次へ」を押した後は、セルの誤りがその1文字で出て、直した1文字で消える（古い誤りが残らない）', async () => {
    const { el, table } = await mountLongTable();
    // Row 6 without its 内容: 「次へ」 stays on the step, which now shows its errors as they come.
    el.session.set('items.5.label', undefined);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.navigation button.primary')!.click();
    await el.updateComplete;
    await table.updateComplete;
    const cell = table.shadowRoot!.querySelector(
      '.row[data-index="120"] .cell[data-column="cost"] > *',
    ) as HTMLElement & { updateComplete: Promise<boolean> };
    const error = () => cell.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
    expect(error()).to.equal('');
    const input = cell.shadowRoot!.querySelector('input')!;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    const typed = async (key: string) => {
      await sendKeys(key.length === 1 ? { type: key } : { press: key });
      await el.updateComplete;
      await table.updateComplete;
      await cell.updateComplete;
    };
    await typed('x');
    expect(error()).to.contain('金額');
    await typed('Backspace');
    expect(error()).to.equal('');
    expect(el.session.data.items?.[120]?.cost).to.equal(120);
  });
});
