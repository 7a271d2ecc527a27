// A paste into a table whose columns include a follow-up (「その他の内容」 only under 区分 = その他):
// each pasted row fills what its own answers ask, and a value for a cell the row does not ask is
// kept as typed, said under the row, and shows in its cell once the answer reveals it.
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { revealUnder } from '@koiki/engine';
import type { FormModule } from '@koiki/forms';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { z } from 'zod';
import { type AxNode, axFindAll, axTree, isInvalid } from '../kit/a11y-tree.ts';
import { sampleModule } from './sample-module.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    data: { items?: Record<string, unknown>[] };
    raw: Record<string, string>;
    set(path: string, value: unknown): void;
  };
};

const schema = z.object({
  name: z.string().optional(),
  items: z
    .array(
      z.object({
        label: z.string(),
        kind: z.enum(['内部', 'その他']).optional(),
        kindOther: z.string().optional(),
        cost: z.int().optional(),
      }),
    )
    .optional(),
});

const kinds = ['内部', 'その他'].map((value) => ({ value, label: value }));

const conditionalModule = {
  ...sampleModule,
  definition: {
    ...sampleModule.definition,
    schema,
    calculate: undefined,
    steps: [
      {
        id: 'items',
        title: '内訳',
        fields: [
          {
            path: 'items',
            label: '経費',
            control: 'rows',
            fields: [
              { path: 'label', label: '内容', control: 'text' },
              ...revealUnder(
                { path: 'kind', label: '区分', control: 'select', options: kinds },
                {
                  answer: 'その他',
                  fields: [{ path: 'kindOther', label: '区分（その他の内容）', control: 'text' }],
                },
              ),
              { path: 'cost', label: '金額', control: 'yen' },
            ],
          },
        ],
      },
      { id: 'review', title: '確認', kind: 'review', fields: [] },
    ],
  },
} as unknown as FormModule;

async function mount() {
  const draft = newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: { items: [{}] },
    step: 'items',
    title: '試験',
  });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${conditionalModule} .draft=${draft}
      .store=${openDraftStore(`koiki-paste-${Math.random()}`)}></koiki-form-runner>`,
  );
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector('koiki-repeatable-rows')!;
  await table.updateComplete;
  return { el, table };
}

/** A paste as the browser fires it: a ClipboardEvent carrying a DataTransfer, on the input. */
function paste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(
    new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

const textOf = (node: AxNode): string => node.name || (node.children ?? []).map(textOf).join('');

const tsv = [
  '内容\t区分\t区分（その他の内容）\t金額（円）',
  '旅費\t内部\t\t1,000',
  '謝金\tその他\t講師謝礼\t300,000',
  '委託料\t内部\t講演会の運営\t600万',
  '',
].join('\r\n');

describe('条件つきの列がある表への貼り付け（ランナーの下で）', () => {
  it('各行はその行の回答で聞く列だけが埋まり、聞かない列の値は入力のまま残して行の下で知らせる', async () => {
    const { el, table } = await mount();
    const label = table.shadowRoot!.querySelector(
      '.row[data-index="0"] .cell[data-column="label"] > *',
    )!;
    const changed = oneEvent(table, 'koiki-rows-change');
    paste(label.shadowRoot!.querySelector('input')!, tsv);
    await changed;
    await el.updateComplete;
    await table.updateComplete;

    expect(el.session.data.items).to.deep.equal([
      { label: '旅費', kind: '内部', cost: 1000 },
      { label: '謝金', kind: 'その他', kindOther: '講師謝礼', cost: 300_000 },
      { label: '委託料', kind: '内部', cost: 6_000_000 },
    ]);
    expect(el.session.raw).to.deep.equal({ 'items.2.kindOther': '講演会の運営' });
    const status = table.shadowRoot!.querySelector('[role="status"]')!.textContent;
    expect(status).to.contain('3行目 区分（その他の内容）');

    // Row 3 does not ask the follow-up: no such cell, and the kept text is said under the row.
    const tree = await axTree();
    const boxes = axFindAll(tree, (n) => n.role === 'textbox').map((n) => n.name ?? '');
    expect(boxes.some((name) => name.startsWith('区分（その他の内容）（2行目）'))).to.equal(true);
    expect(boxes.some((name) => name.startsWith('区分（その他の内容）（3行目）'))).to.equal(false);
    const notes = axFindAll(tree, (n) => textOf(n).startsWith('3行目の回答では使わない値'));
    expect(notes.length, '行の下の知らせ').to.be.above(0);
    expect(textOf(notes[0]!)).to.contain('区分（その他の内容）「講演会の運営」');

    // Choosing その他 in row 3 reveals the cell with the kept text, flagged.
    el.session.set('items.2.kind', 'その他');
    await el.updateComplete;
    await table.updateComplete;
    const cell = table.shadowRoot!.querySelector(
      '.row[data-index="2"] .cell[data-column="kindOther"] > *',
    ) as HTMLElement & { updateComplete: Promise<boolean> };
    await cell.updateComplete;
    const revealed = axFindAll(
      await axTree(),
      (n) => n.role === 'textbox' && (n.name ?? '').startsWith('区分（その他の内容）（3行目）'),
    )[0];
    expect(revealed?.value).to.equal('講演会の運営');
    expect(isInvalid(revealed ?? null)).to.equal(true);
  });
});
