// The training form's cost table takes rows pasted from a spreadsheet: each column read with its
// own reader (区分 by name, 金額 with 万 and 全角 digits), a header line skipped; a 区分 the chosen
// kind of training may not claim is kept as typed and flagged, never dropped.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { trainingClaim } from '../../../forms/training-claim/index.ts';
import { ownStaffClaim, wideAreaClaim } from './training-claims.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    data: { costItems?: { category?: string; description?: string; amount?: number }[] };
    raw: Record<string, string>;
  };
};

async function mountCosts(data: ReturnType<typeof ownStaffClaim>) {
  await trainingClaim.prepare?.();
  const draft = newDraft({
    formId: 'training-claim',
    schemaVersion: 1,
    data: { ...data, costItems: [{}] },
    step: 'costs',
    title: '人材育成研修',
  });
  const store = openDraftStore(`koiki-training-paste-${Math.random()}`);
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${trainingClaim} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await el.updateComplete;
  const table = el.shadowRoot?.querySelector('koiki-repeatable-rows') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  await table.updateComplete;
  return { el, table };
}

/** Pastes `text` into the 区分 cell of the first row, as Ctrl+V there would. */
async function pasteIntoFirstCategory(el: Runner, table: HTMLElement, text: string) {
  const cell = table.shadowRoot?.querySelector(
    '.row[data-index="0"] .cell[data-column="category"] > *',
  );
  const select = cell?.shadowRoot?.querySelector('select');
  expect(select, '1行目の区分の欄').to.exist;
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const changed = oneEvent(table, 'koiki-rows-change');
  select?.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }),
  );
  await changed;
  await el.updateComplete;
}

const rows = [
  '経費の区分\t経費の内容\t金額',
  '講師謝金\t講師謝金（4回分）\t２４万',
  '研修委託費\t研修運営の委託\t550,001',
  '職員旅費\t外部研修の旅費\t12,345',
  '',
].join('\r\n');

describe('人材育成研修の対象経費の表への貼り付け', () => {
  it('自団体職員向けでは、見出しを飛ばして3行を区分・内容・金額として読む', async () => {
    const { el, table } = await mountCosts(ownStaffClaim());
    await pasteIntoFirstCategory(el, table, rows);
    expect(el.session.data.costItems).to.deep.equal([
      { category: '講師謝金', description: '講師謝金（4回分）', amount: 240_000 },
      { category: '研修委託費', description: '研修運営の委託', amount: 550_001 },
      { category: '職員旅費', description: '外部研修の旅費', amount: 12_345 },
    ]);
    expect(el.session.raw).to.deep.equal({});
  });

  it('広域研修では、受講経費の区分（職員旅費）は入力のまま残して知らせ、他の欄は読む', async () => {
    const { el, table } = await mountCosts(wideAreaClaim());
    await pasteIntoFirstCategory(el, table, rows);
    const items = el.session.data.costItems ?? [];
    expect(items[0]).to.deep.equal({
      category: '講師謝金',
      description: '講師謝金（4回分）',
      amount: 240_000,
    });
    expect(items[2]).to.deep.equal({ description: '外部研修の旅費', amount: 12_345 });
    expect(el.session.raw).to.deep.equal({ 'costItems.2.category': '職員旅費' });
    const status = table.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).to.contain('3行目 経費の区分');
  });
});
