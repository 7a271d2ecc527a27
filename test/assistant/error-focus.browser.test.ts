// Each summary link focuses the exact control at fault, and a field shows no message of its own:
// what it shows is the session's, in the summary's words.
import type { FormModule } from '@koiki/forms';
import { type ClaimResult, safeParseJa } from '@koiki/schemas';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { z } from 'zod';
import { axNode, isInvalid } from '../kit/a11y-tree.ts';
import {
  fieldAt,
  inlineTexts,
  mountRunner,
  pressNext,
  type Runner,
  root,
  settle,
  summaryTexts,
} from './runner-errors.ts';

const schema = z.object({
  title: z.string().min(1).optional(),
  code: z.string().max(5, '記号は5文字以内で入力してください。').optional(),
  signedOn: z.iso.date().optional(),
  amount: z.int().min(0).optional(),
  items: z.array(z.object({ label: z.string().min(1), cost: z.int().optional() })).optional(),
  totals: z.object({ count: z.int().max(3, '経費は3件までです。') }).optional(),
});
type Data = z.infer<typeof schema>;

/** Fields in page order: 件名 (no limit in the schema), 記号 (at most 5), 締結日, 人件費, 経費. */
const module: FormModule<Data> = {
  definition: {
    id: 'error-focus',
    title: 'エラーの試験',
    schemaVersion: 1,
    // With the Japanese messages, as the real forms' schemas are run.
    schema: { safeParse: (data) => safeParseJa(schema, data) },
    emptyData: () => ({}),
    calculate: () => ({}) as ClaimResult,
    steps: [
      {
        id: 'basics',
        title: '基本',
        fields: [
          { path: 'title', label: '件名', control: 'text', maxLength: 5 },
          { path: 'code', label: '記号', control: 'text', maxLength: 5 },
          { path: 'signedOn', label: '締結日', control: 'date' },
          { path: 'amount', label: '人件費', control: 'yen' },
          {
            path: 'items',
            label: '経費',
            control: 'rows',
            fields: [
              { path: 'label', label: '内容', control: 'text', required: true },
              { path: 'cost', label: '費用', control: 'yen' },
            ],
          },
          {
            path: 'totals',
            label: '件数',
            control: 'info',
            display: (data: Data) => `${data.totals?.count ?? 0}件`,
          },
        ],
      },
      { id: 'done', title: '完了', kind: 'done', fields: [] },
    ],
  },
  pdfDocument: async () => {
    throw new Error('使わない');
  },
  nextFiscalYear: { fiscalYearPaths: [], clearPaths: [] },
};

const field = (el: HTMLElement, path: string) => fieldAt(el as Runner, path)!;

/** Follows the summary link whose text is `message`. */
async function follow(el: HTMLElement, message: string) {
  const summary = root(el).querySelector('koiki-error-summary')!;
  const link = [...summary.shadowRoot!.querySelectorAll('a')].find(
    (a) => a.textContent?.trim() === message,
  );
  if (!link) throw new Error(`「${message}」へのリンクがない`);
  link.click();
}

describe('エラーの一覧から欄へ（フォーカスと文）', () => {
  it('ない日付（2月30日）は日の欄だけが invalid になり、一覧のリンクで日の欄にフォーカスが移る', async () => {
    const el = await mountRunner(module, {}, 'basics', { signedOn: '令和8年2月30日' });
    await pressNext(el);
    const message = '締結日：令和8年2月は28日までです。2月30日という日付はありません。';
    expect(summaryTexts(el)).to.deep.equal([message]);
    expect(inlineTexts(el)).to.deep.equal([message]);
    const boxes = await Promise.all(['年', '月', '日'].map((name) => axNode('textbox', name)));
    expect(boxes.map(isInvalid), '年・月・日').to.deep.equal([false, false, true]);
    expect(isInvalid(await axNode('combobox', '元号'))).to.equal(false);
    await follow(el, message);
    const date = field(el, 'signedOn');
    expect(root(el).activeElement).to.equal(date);
    expect(date.shadowRoot!.activeElement?.id).to.equal('day');
    expect((await axNode('textbox', '日'))?.focused).to.equal(true);
  });

  it('行の空の必須セルは「経費 2行目 内容」と名指され、リンクでその行のセルにフォーカスが移る', async () => {
    const data = { items: [{ label: '旅費', cost: 1000 }, { cost: 2000 }] };
    const el = await mountRunner(module, data, 'basics');
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal(['経費 2行目 内容を入力してください。']);
    expect(inlineTexts(el)).to.deep.equal(summaryTexts(el));
    await follow(el, '経費 2行目 内容を入力してください。');
    const cell = field(el, 'items.1.label');
    // The cell is focused inside its table's shadow root.
    expect((cell.getRootNode() as ShadowRoot).activeElement).to.equal(cell);
    expect(cell.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('いくつもの欄のエラーは、一覧でもページの順（記号 → 締結日 → 人件費 → 行のセル）', async () => {
    const data = { code: '長すぎる記号です', items: [{ cost: 1 }] };
    const raw = { signedOn: '令和8年13月1日', amount: '12万あ' };
    const el = await mountRunner(module, data, 'basics', raw);
    await pressNext(el);
    const summary = summaryTexts(el);
    expect(summary).to.have.length(4);
    expect(summary[0]).to.equal('記号は5文字以内で入力してください。');
    expect(summary[1]).to.match(/^締結日：13月/);
    expect(summary[2]).to.match(/^人件費：金額として読み取れません。/);
    expect(summary[3]).to.equal('経費 1行目 内容を入力してください。');
    expect(inlineTexts(el)).to.deep.equal(summary);
  });

  it('読めない値を残した下書きを開き直しても、着いただけではエラーは出ない（離れるか次へで出る）', async () => {
    const el = await mountRunner(module, {}, 'basics', {
      amount: '12万あ',
      signedOn: '令和8年2月30日',
    });
    expect(inlineTexts(el)).to.deep.equal([]);
    expect(root(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    expect(isInvalid(await axNode('textbox', '人件費'))).to.equal(false);
    expect(isInvalid(await axNode('textbox', '日'))).to.equal(false);
    field(el, 'amount').focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(inlineTexts(el)).to.have.length(1);
    expect(inlineTexts(el)[0]).to.match(/^人件費：/);
  });

  it('表示だけの欄（件数）の下の値のエラーも、その欄に一覧と同じ文で出る', async () => {
    const el = await mountRunner(module, { totals: { count: 4 } }, 'basics');
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal(['件数：経費は3件までです。']);
    expect(inlineTexts(el)).to.deep.equal(summaryTexts(el));
  });

  it('欄は自分からエラーを出さない：schema に上限のない長い件名は数えるだけで先へ進める', async () => {
    const el = await mountRunner(module, {}, 'basics');
    field(el, 'title').focus();
    await sendKeys({ type: '長すぎる件名です' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const title = field(el, 'title');
    expect(title.shadowRoot!.querySelector('#count')?.textContent).to.equal('3文字超過');
    expect(inlineTexts(el)).to.deep.equal([]);
    expect(isInvalid(await axNode('textbox', '件名'))).to.equal(false);
    await pressNext(el);
    expect(el.session.step.id).to.equal('done');
  });

  it('読めない金額は、離れたときにセッションの文（欄の名前つき）だけが欄に出る', async () => {
    const el = await mountRunner(module, {}, 'basics');
    field(el, 'amount').focus();
    await sendKeys({ type: '12万あ' });
    expect(inlineTexts(el), '入力中は出ない').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const [message] = inlineTexts(el);
    expect(inlineTexts(el)).to.have.length(1);
    expect(message).to.match(/^人件費：金額として読み取れません。/);
    const amount = await axNode('textbox', '人件費');
    expect(isInvalid(amount)).to.equal(true);
    expect(amount?.description).to.contain(message);
    await pressNext(el);
    expect(summaryTexts(el)).to.deep.equal([message]);
  });
});
