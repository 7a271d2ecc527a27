// Repeatable groups of questions ('sections') and choices taken from the data, in the runner,
// with a small form of its own: several 協約 each with a table of parties, and posts that pick
// their 協約 among those entered.

import { revealUnder } from '@koiki/engine';
import type { FormModule } from '@koiki/forms';
import type { ClaimResult } from '@koiki/schemas';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { z } from 'zod';
import { axFindAll, axFullTree, axNode } from '../kit/a11y-tree.ts';
import {
  fieldAt,
  mountRunner,
  pressNext,
  type Runner,
  root,
  settle,
  summaryTexts,
} from './runner-errors.ts';
import { waitFor } from './wait-for.ts';

const schema = z.object({
  agreements: z
    .array(
      z.object({
        name: z.string({ error: '名称を入力してください。' }).min(1, '名称を入力してください。'),
        parties: z
          .array(
            z.object({
              name: z
                .string({ error: '団体名を入力してください。' })
                .min(1, '団体名を入力してください。'),
            }),
          )
          .optional(),
        lead: z.string().optional(),
        kind: z.enum(['plain', 'memo']).optional(),
        memoDate: z.iso.date({ error: '覚書の締結日を入力してください。' }),
      }),
    )
    .min(1, '連携協約を1件以上入力してください。'),
  main: z.string().optional(),
  posts: z.array(z.object({ agreement: z.string().optional() })).optional(),
});
type Data = z.infer<typeof schema>;
type Agreement = Data['agreements'][number];

const agreementOptions = (_scope: unknown, root: unknown) =>
  ((root as Data).agreements ?? []).map((agreement, index) => ({
    value: agreement.name ?? '',
    label: `${index + 1}. ${agreement.name ?? ''}`,
  }));

const module: FormModule<Data> = {
  definition: {
    id: 'sections-form',
    title: '繰り返しの試験',
    schemaVersion: 1,
    schema,
    emptyData: () => ({}) as Data,
    calculate: () => ({}) as ClaimResult,
    steps: [
      {
        id: 'agreements',
        title: '連携協約',
        fields: [
          {
            path: 'agreements',
            label: '連携協約',
            control: 'sections',
            required: true,
            itemLabel: (item: Agreement, index) =>
              item.name ? `連携協約 ${index + 1}：${item.name}` : `連携協約 ${index + 1}`,
            fields: [
              { path: 'name', label: '名称', control: 'text', required: true },
              {
                path: 'parties',
                label: '参加団体',
                control: 'rows',
                fields: [{ path: 'name', label: '団体名', control: 'text', required: true }],
              },
              {
                path: 'lead',
                label: '代表団体',
                control: 'select',
                // Among this item's own parties.
                optionsFrom: (item: Agreement) =>
                  (item.parties ?? []).map((party) => ({
                    value: party.name ?? '',
                    label: party.name ?? '',
                  })),
              },
              ...revealUnder<Agreement>(
                {
                  path: 'kind',
                  label: '覚書',
                  control: 'radio',
                  options: [
                    { value: 'plain', label: '協約のみ' },
                    { value: 'memo', label: '覚書あり' },
                  ],
                },
                {
                  answer: 'memo',
                  fields: [{ path: 'memoDate', label: '覚書の締結日', control: 'date' }],
                },
              ),
              {
                path: 'partyCount',
                label: '参加団体の数',
                control: 'info',
                display: (item: Agreement) => `${item.parties?.length ?? 0}団体`,
              },
            ],
          },
        ],
      },
      {
        id: 'posts',
        title: '派遣',
        fields: [
          { path: 'main', label: '主な協約', control: 'select', optionsFrom: agreementOptions },
          {
            path: 'posts',
            label: '派遣',
            control: 'rows',
            fields: [
              {
                path: 'agreement',
                label: '協約',
                control: 'select',
                optionsFrom: agreementOptions,
              },
            ],
          },
        ],
      },
      { id: 'review', title: '確認', kind: 'review', fields: [] },
      { id: 'done', title: '完了', kind: 'done', fields: [] },
    ],
  },
  pdfDocument: async ({ payload }) => ({
    title: '試験',
    formId: payload.formId,
    schemaVersion: payload.schemaVersion,
    blocks: [],
    data: payload.data,
    meta: { author: '試験' },
  }),
  nextFiscalYear: { fiscalYearPaths: [], clearPaths: [] },
};

type Session = {
  data: Data;
  step: { id: string };
  set(path: string, value: unknown): void;
  addRow(path: string, row?: unknown): void;
};
const sessionOf = (el: Runner) => (el as unknown as { session: Session }).session;

/** The element that has focus, through every shadow root. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element's nearest `[data-path]` (or the focused element), across shadow roots. */
function focusedPath(): string | null {
  for (let node: Node | null = deepActive(); node; ) {
    if (node instanceof HTMLElement && node.dataset.path) return node.dataset.path;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** Presses Tab (or Shift+Tab) until `wanted` has focus; fails after `limit` presses. */
async function tabTo(wanted: (el: Element) => boolean, what: string, back = false, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    const active = deepActive();
    if (active && wanted(active)) return active;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Tab で「${what}」に届きません`);
}

const isButton = (name: string) => (el: Element) =>
  el.localName === 'button' && el.textContent?.trim() === name;
const inItem = (index: number) => (el: Element) =>
  (el.closest(`[data-item]`) as HTMLElement | null)?.dataset.item === `agreements.${index}`;
const headings = (el: Runner) =>
  [...root(el).querySelectorAll('.section-item h4')].map((h) => h.textContent?.trim());
const announcement = (el: Runner) =>
  root(el).querySelector('.announcer')?.textContent?.trim() ?? '';

describe('繰り返しの質問のまとまり（sections）', () => {
  it('キーボードだけで協約を2つ加えて入力し、2つ目の表に行を足し、1つ目を削除して元に戻せる', async () => {
    const el = await mountRunner(module, {}, 'agreements');
    expect(root(el).textContent).to.contain('連携協約はまだありません。');
    (root(el).querySelector('h3.step-title') as HTMLElement).focus();

    await tabTo(isButton('＋ 連携協約を追加'), '追加');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focusedPath() === 'agreements.0.name', '1つ目の名称にフォーカス');
    await sendKeys({ type: '高知県連携協約' });

    await tabTo(isButton('＋ 連携協約を追加'), '追加');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focusedPath() === 'agreements.1.name', '2つ目の名称にフォーカス');
    expect(announcement(el)).to.equal('「連携協約 2」を追加しました。');
    await sendKeys({ type: '大豊町連携協約' });
    await settle(el);
    // Each item is a group named by its heading; each remove button says which item it removes.
    expect(await axNode('group', '連携協約 2：大豊町連携協約')).to.not.equal(null);
    const removes = axFindAll(
      await axFullTree(),
      (node) => node.role === 'button' && node.name === 'この連携協約を削除',
    );
    expect(removes.map((node) => node.description)).to.deep.equal([
      '連携協約 1：高知県連携協約',
      '連携協約 2：大豊町連携協約',
    ]);
    expect(headings(el)).to.deep.equal([
      '連携協約 1：高知県連携協約',
      '連携協約 2：大豊町連携協約',
    ]);

    // The table inside item 2: its own add button, then the new row's first cell.
    await tabTo(
      (active) => active.localName === 'button' && active.classList.contains('add'),
      '2つ目の参加団体の行を追加',
    );
    expect(focusedPath()).to.equal('agreements.1.parties');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focusedPath() === 'agreements.1.parties.0.name', '行の団体名');
    await sendKeys({ type: '大豊町' });
    await settle(el);
    expect(sessionOf(el).data).to.deep.equal({
      agreements: [
        { name: '高知県連携協約' },
        { name: '大豊町連携協約', parties: [{ name: '大豊町' }] },
      ],
    });
    await expect(el).to.be.accessible();

    // Back to item 1's remove button.
    await tabTo(
      (active) => isButton('この連携協約を削除')(active) && inItem(0)(active),
      '1つ目の削除',
      true,
    );
    await sendKeys({ press: 'Enter' });
    await waitFor(() => sessionOf(el).data.agreements.length === 1, '1つ目が消える');
    await settle(el);
    expect(sessionOf(el).data.agreements[0]?.name).to.equal('大豊町連携協約');
    expect(headings(el)).to.deep.equal(['連携協約 1：大豊町連携協約']);
    expect(announcement(el)).to.contain('「連携協約 1：高知県連携協約」を削除しました。');
    // Focus went to the item that took its place.
    expect(root(el).activeElement?.textContent?.trim()).to.equal('連携協約 1：大豊町連携協約');

    await tabTo(isButton('元に戻す'), '元に戻す');
    await sendKeys({ press: 'Space' });
    await waitFor(() => sessionOf(el).data.agreements.length === 2, '元に戻る');
    await settle(el);
    expect(sessionOf(el).data.agreements.map((a) => a.name)).to.deep.equal([
      '高知県連携協約',
      '大豊町連携協約',
    ]);
    expect(announcement(el)).to.contain('元に戻しました');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('連携協約 1：高知県連携協約');
    expect(root(el).querySelector('.section-undo')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('newItem があれば、追加した協約はその形（表に1行）で始まる', async () => {
    const [step, ...rest] = module.definition.steps;
    const [field] = step!.fields;
    const withTemplate: FormModule<Data> = {
      ...module,
      definition: {
        ...module.definition,
        steps: [{ ...step!, fields: [{ ...field!, newItem: () => ({ parties: [{}] }) }] }, ...rest],
      },
    };
    const el = await mountRunner(withTemplate, {}, 'agreements');
    (root(el).querySelector('h3.step-title') as HTMLElement).focus();
    await tabTo(isButton('＋ 連携協約を追加'), '追加');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focusedPath() === 'agreements.0.name', '名称にフォーカス');
    expect(sessionOf(el).data.agreements).to.deep.equal([{ parties: [{}] }]);
  });

  it('最後の協約を削除するとフォーカスは追加ボタンへ移る', async () => {
    const el = await mountRunner(module, { agreements: [{ name: 'ひとつ' }] }, 'agreements');
    (root(el).querySelector('.remove-item') as HTMLButtonElement).click();
    await waitFor(() => sessionOf(el).data.agreements.length === 0, '消える');
    await settle(el);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('＋ 連携協約を追加');
  });

  it('エラーの一覧は項目と行を名指しして画面の順に並び、リンクは2つ目の項目の中の欄へ移る', async () => {
    const el = await mountRunner(
      module,
      { agreements: [{ name: '高知' }, { parties: [{}] }] },
      'agreements',
    );
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal([
      '連携協約 2 名称を入力してください。',
      '連携協約 2 参加団体 1行目 団体名を入力してください。',
    ]);
    const links = [
      ...root(el).querySelector('koiki-error-summary')!.shadowRoot!.querySelectorAll('a'),
    ];
    links[1]!.click();
    await settle(el);
    expect(focusedPath()).to.equal('agreements.1.parties.0.name');
    links[0]!.click();
    await settle(el);
    expect(focusedPath()).to.equal('agreements.1.name');
    // The same words inline, inside item 2.
    expect(fieldAt(el, 'agreements.1.name')!.shadowRoot!.textContent).to.contain(
      '名称を入力してください。',
    );
  });

  it('協約がひとつもなければ、まとまりの誤りとして一覧に出る', async () => {
    const el = await mountRunner(module, { agreements: [] }, 'agreements');
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal(['連携協約を1件以上入力してください。']);
  });

  it('確認ページは項目ごとの見出しの下に答えを並べ、「変更」でその欄へ戻る', async () => {
    const data = {
      agreements: [
        { name: '高知', parties: [{ name: '高知県' }], lead: '高知県' },
        { name: '大豊', parties: [{ name: '大豊町' }] },
      ],
      main: '大豊',
      posts: [{ agreement: '高知' }],
    };
    const el = await mountRunner(module, data, 'review');
    const review = root(el).querySelector('koiki-review-list')!;
    await (review as unknown as Runner).updateComplete;
    const list = review.shadowRoot!;
    expect([...list.querySelectorAll('h4')].map((h) => h.textContent?.trim())).to.deep.equal([
      '連携協約 1：高知',
      '連携協約 2：大豊',
    ]);
    const text = list.textContent ?? '';
    expect(text).to.contain('団体名：大豊町');
    // A choice taken from the data reads as its option's label.
    expect(text).to.contain('2. 大豊').and.contain('協約：1. 高知');
    const change = list.querySelector<HTMLButtonElement>(
      'button[aria-label="連携協約 2：大豊 名称を変更"]',
    )!;
    change.click();
    await waitFor(() => sessionOf(el).step.id === 'agreements', '手順へ戻る');
    await settle(el);
    expect(focusedPath()).to.equal('agreements.1.name');
  });
});

describe('項目の中の続きの質問と表示だけの欄', () => {
  it('覚書ありを選んだ項目にだけ締結日が現れ、参加団体の数はその項目の表から数える', async () => {
    const el = await mountRunner(
      module,
      {
        agreements: [
          { name: '高知', parties: [{ name: '高知県' }, { name: '大豊町' }] },
          { name: '大豊' },
        ],
      },
      'agreements',
    );
    const radio = fieldAt(el, 'agreements.1.kind')!;
    const memo = radio.shadowRoot!.querySelectorAll('input')[1]!;
    memo.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(sessionOf(el).data.agreements[1]?.kind).to.equal('memo');
    const reveal = root(el).querySelector('[data-reveal-of="agreements.1.kind"]');
    expect(reveal?.querySelector('[data-path="agreements.1.memoDate"]')).to.not.equal(null);
    expect(fieldAt(el, 'agreements.0.memoDate')).to.equal(null);
    const counts = [...root(el).querySelectorAll('.info output')].map((o) => o.textContent);
    expect(counts).to.deep.equal(['2団体', '0団体']);
    // The revealed question is checked as the step's own: 次へ stops on it, named with its item.
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal(['連携協約 2 覚書の締結日を入力してください。']);
    await expect(el).to.be.accessible();
  });
});

describe('データから選ぶ選択肢（optionsFrom）', () => {
  const optionTexts = (select: HTMLSelectElement) =>
    [...select.options].map((option) => option.textContent?.trim());

  it('手順の質問と表のセルの選択肢は、入力済みの協約から作られ、名前が変わると追いかける', async () => {
    const el = await mountRunner(
      module,
      {
        agreements: [{ name: '高知' }, { name: '大豊' }],
        main: '大豊',
        posts: [{ agreement: '大豊' }],
      },
      'posts',
    );
    const mainSelect = () => fieldAt(el, 'main')!.shadowRoot!.querySelector('select')!;
    const cellSelect = () => fieldAt(el, 'posts.0.agreement')!.shadowRoot!.querySelector('select')!;
    expect(optionTexts(mainSelect())).to.deep.equal(['選んでください', '1. 高知', '2. 大豊']);
    expect(optionTexts(cellSelect())).to.deep.equal(['選んでください', '1. 高知', '2. 大豊']);
    expect(cellSelect().value).to.equal('大豊');

    // The 協約 is renamed on its step: both choices follow, the stored value stays shown.
    sessionOf(el).set('agreements.1.name', '大豊町');
    await settle(el);
    await waitFor(() => optionTexts(cellSelect()).includes('2. 大豊町'), 'セルが追いかける');
    for (const select of [mainSelect(), cellSelect()]) {
      expect(optionTexts(select)).to.deep.equal([
        '選んでください',
        '1. 高知',
        '2. 大豊町',
        '大豊（今の選択肢にありません）',
      ]);
      expect(select.value).to.equal('大豊');
    }
    expect(fieldAt(el, 'main')!.shadowRoot!.textContent).to.contain(
      '選んでいた「大豊」は今の選択肢にありません',
    );
    expect(sessionOf(el).data.main).to.equal('大豊');
    await expect(el).to.be.accessible();

    // Choosing again by keyboard stores the new name.
    cellSelect().focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(sessionOf(el).data.posts?.[0]?.agreement).to.equal('大豊町');
  });

  it('項目の中の選択肢は、その項目の表の行から作られ、行を足すと増える', async () => {
    const el = await mountRunner(
      module,
      { agreements: [{ name: '高知', parties: [{ name: '高知県' }] }, { name: '大豊' }] },
      'agreements',
    );
    const lead = (index: number) =>
      fieldAt(el, `agreements.${index}.lead`)!.shadowRoot!.querySelector('select')!;
    expect(optionTexts(lead(0))).to.deep.equal(['選んでください', '高知県']);
    expect(optionTexts(lead(1))).to.deep.equal(['選んでください']);
    sessionOf(el).addRow('agreements.1.parties', { name: '大豊町' });
    await settle(el);
    await waitFor(() => optionTexts(lead(1)).includes('大豊町'), '2つ目の選択肢が増える');
    expect(optionTexts(lead(0))).to.deep.equal(['選んでください', '高知県']);
  });
});
