// The runner's transitions as a user meets them: where focus lands, what 元に戻す says and
// does, the review page's 申請額 and 確認に戻る, steps reached, and a submit that happens once.
import '@koiki/assistant/runner';
import { type DraftRecord, newDraft, openDraftStore, readDraftFile } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';
import { nextDownload, waitFor } from './wait-for.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: {
    step: { id: string };
    data: unknown;
    goTo(id: string): boolean;
    set(path: string, value: unknown): void;
    submitPayload(): unknown;
  };
  autosave: { flush(): Promise<void> };
  submitter?: (detail: unknown) => Promise<{ ok: true } | { ok: false; message: string }>;
  pdf?: { ok: true; blob: Blob; pages: number };
  pdfFor?: unknown;
};

/** The PDF itself is tested elsewhere; here the runner is given a made one. */
const madePdf = {
  ok: true as const,
  blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
  pages: 2,
};

const root = (el: Element) => el.shadowRoot!;
const buttons = (el: Element) => [...root(el).querySelectorAll('button')];
const button = (el: Element, name: string) =>
  buttons(el).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
const heading = (el: Element) => root(el).querySelector('h3.step-title')?.textContent;
const focused = (el: Element) => root(el).activeElement;

const complete = { name: '川上村', amount: 1_500_000, items: [{ label: '募集', cost: 500 }] };

async function mount(draft: Partial<DraftRecord> = {}, focusOnStart = false) {
  const store = openDraftStore(`koiki-transitions-${Math.random()}`);
  const record = {
    ...newDraft({
      formId: 'sample-form',
      schemaVersion: 1,
      data: {},
      step: 'intro',
      title: '試験',
    }),
    ...draft,
  };
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${sampleModule} .draft=${record} .store=${store}
      .focusOnStart=${focusOnStart}></koiki-form-runner>`,
  );
  await el.updateComplete;
  return { el, store };
}

describe('ステップの移動とフォーカス', () => {
  it('開いた下書きでは、その手順の見出しにフォーカスが移る', async () => {
    const { el } = await mount({ step: 'items', data: complete }, true);
    await waitFor(() => focused(el)?.textContent === '内訳', '見出しにフォーカス');
    expect(heading(el)).to.equal('内訳');
  });

  it('次へ・戻る・ステップ一覧のどれで移っても、見出しにフォーカスが移る', async () => {
    const { el } = await mount({ step: 'basics', data: complete });
    button(el, '次へ')!.click();
    await waitFor(() => focused(el)?.textContent === '内訳', '次へ → 内訳の見出し');
    button(el, '戻る')!.click();
    await waitFor(() => focused(el)?.textContent === '基本情報', '戻る → 基本情報の見出し');
    const list = root(el).querySelector('koiki-step-list')!;
    list.dispatchEvent(new CustomEvent('koiki-step-select', { detail: { id: 'items' } }));
    await waitFor(() => focused(el)?.textContent === '内訳', 'ステップ一覧 → 内訳の見出し');
  });

  it('確認まで進んだ下書きは、前の手順で開いてもすべての手順へ移れる', async () => {
    const { el } = await mount({ step: 'basics', reached: 'review', data: complete });
    expect(el.session.step.id).to.equal('basics');
    expect(el.session.goTo('review')).to.equal(true);
    expect(el.session.goTo('done')).to.equal(false);
  });
});

describe('元に戻す', () => {
  it('戻る・次へから離れて置かれ、何を戻すかを示し、Enter で入力全体を戻して読み上げる', async () => {
    const { el } = await mount({ step: 'basics' });
    (root(el).querySelector('koiki-text-field') as HTMLElement).focus();
    await sendKeys({ type: '川上村' });
    await waitFor(() => button(el, '元に戻す：団体名の入力'), '元に戻すの名前');
    const undo = button(el, '元に戻す：団体名の入力')!;
    expect(undo.closest('.navigation')).to.equal(null);
    undo.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.session.data && !(el.session.data as { name?: string }).name, '戻る');
    await el.updateComplete;
    expect(root(el).querySelector('.announcer')?.textContent).to.equal(
      '団体名の入力を元に戻しました。',
    );
    expect(button(el, '元に戻す：団体名の入力')).to.equal(undefined);
  });
});

describe('確認', () => {
  it('いちばん上に申請額（円と千円）を示し、計算した行には「変更」がない', async () => {
    const { el } = await mount({ step: 'review', reached: 'review', data: complete });
    expect(root(el).querySelector('.claim-total')?.textContent?.replace(/\s+/g, '')).to.equal(
      '申請額1,500,500円（1,501千円）',
    );
    const review = root(el).querySelector('koiki-review-list')!;
    await (review as unknown as Runner).updateComplete;
    const changes = [...review.shadowRoot!.querySelectorAll('button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(changes).to.include('団体名を変更');
    expect(changes).to.not.include('団体名の文字数を変更');
  });

  it('「変更」で移った手順には「確認に戻る」があり、押すと確認の見出しに戻る', async () => {
    const { el } = await mount({ step: 'review', reached: 'review', data: complete });
    const review = root(el).querySelector('koiki-review-list')!;
    await (review as unknown as Runner).updateComplete;
    review.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="団体名を変更"]')!.click();
    await waitFor(() => button(el, '確認に戻る'), '「確認に戻る」が出る');
    expect(button(el, '次へ')).to.equal(undefined);
    button(el, '確認に戻る')!.click();
    await waitFor(() => focused(el)?.textContent === '確認', '確認の見出しにフォーカス');
    expect(button(el, '確認に戻る')).to.equal(undefined);
  });
});

describe('PDF の作成と提出', () => {
  it('二度押しても koiki-submit は1回、送信中と成功後は押せず、成功の知らせに内容と日時と PDF', async () => {
    const { el } = await mount({ step: 'done', reached: 'done', data: complete });
    let release: (() => void) | undefined;
    el.submitter = () =>
      new Promise((resolve) => {
        release = () => resolve({ ok: true });
      });
    const submitted: unknown[] = [];
    el.addEventListener('koiki-submit', (e) => submitted.push((e as CustomEvent).detail));
    el.pdf = madePdf;
    const submit = await waitFor(() => button(el, '提出する'), '「提出する」が出る');
    submit.click();
    submit.click();
    await el.updateComplete;
    const sending = button(el, '送信しています…')!;
    expect(sending.disabled).to.equal(true);
    sending.click();
    expect(submitted).to.have.length(1);
    release?.();
    const panel = await waitFor(() => root(el).querySelector('.notice.success'), '成功の知らせ');
    await waitFor(() => focused(el) === panel, '成功の知らせにフォーカス');
    const text = (panel.textContent ?? '').replace(/\s+/g, '');
    expect(text).to.contain('提出しました').and.contain('川上村試験').and.contain('1,500,500円');
    expect(text).to.match(/提出日時令和\d+年\d+月\d+日\d+:\d+/);
    expect(button(el, '提出した PDF を保存')).to.exist;
    expect(button(el, '提出する')).to.equal(undefined);
    expect(submitted).to.have.length(1);
  });

  it('PDF を作った後に入力を変えると、その PDF は保存・提出されず、作り直しを求める', async () => {
    const { el } = await mount({ step: 'done', reached: 'done', data: complete });
    let count = 0;
    el.addEventListener('koiki-submit', () => count++);
    el.pdf = madePdf;
    el.pdfFor = el.session.submitPayload();
    await waitFor(() => button(el, '提出する'), '「提出する」が出る');
    el.session.set('amount', 2_000_000);
    await el.updateComplete;
    await waitFor(() => button(el, 'PDF を作成'), '「PDF を作成」に戻る');
    expect(button(el, '提出する')).to.equal(undefined);
    expect(button(el, 'PDF を保存')).to.equal(undefined);
    expect(count).to.equal(0);
  });

  it('送信に失敗したら知らせ、もう一度押せる', async () => {
    const { el } = await mount({ step: 'done', reached: 'done', data: complete });
    el.submitter = async () => ({ ok: false, message: '送信できませんでした。' });
    let count = 0;
    el.addEventListener('koiki-submit', () => count++);
    el.pdf = madePdf;
    (await waitFor(() => button(el, '提出する'), '「提出する」')).click();
    await waitFor(() => root(el).querySelector('[role="alert"]'), '失敗の知らせ');
    const again = button(el, '提出する');
    expect(again?.disabled).to.equal(false);
    again?.click();
    await waitFor(() => count === 2, '2回目の送信');
  });
});

describe('ファイルに書き出す（フォームのメニュー）', () => {
  it('保存に失敗していなくても書き出せ、読み込むと画面と同じ内容になる', async () => {
    const { el } = await mount({ step: 'basics', data: complete, raw: { amount: '十五万あ' } });
    const download = nextDownload(root(el));
    button(el, 'ファイルに書き出す')!.click();
    const { name, blob } = await download;
    expect(name).to.equal('川上村_試験.koiki-draft.json');
    const read = await readDraftFile(blob, {
      forms: { [sampleModule.definition.id]: sampleModule.definition },
    });
    expect(read.ok && [read.draft.data, read.draft.raw, read.draft.step]).to.deep.equal([
      complete,
      { amount: '十五万あ' },
      'basics',
    ]);
  });
});
