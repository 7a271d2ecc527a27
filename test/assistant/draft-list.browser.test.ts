import '@koiki/assistant/draft-list';
import { type DraftRecord, type DraftStore, newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';
import { nextDownload, waitFor } from './wait-for.ts';

type List = HTMLElement & { updateComplete: Promise<boolean>; refresh(): Promise<void> };

const root = (el: Element) => el.shadowRoot!;
const buttonNamed = (el: Element, name: string) =>
  [...root(el).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  )!;
/** Waits until the list has read the store again and rendered it. */
const settle = async (el: List) => {
  await el.refresh();
  await el.updateComplete;
};
const titlesOf = (el: List) => [...root(el).querySelectorAll('.title')].map((t) => t.textContent);

const draftNamed = (title: string, extra: Partial<DraftRecord> = {}) => ({
  ...newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: { name: title },
    step: 'basics',
    title,
  }),
  ...extra,
});

async function mountWith(titles: string[], name = `koiki-list-${Math.random()}`) {
  const store = openDraftStore(name);
  for (const title of titles) {
    const before = new Date().toISOString();
    await (await store).save(draftNamed(title));
    // updatedAt orders the list: the next draft must be saved at a later millisecond.
    await waitFor(() => new Date().toISOString() > before, '時刻が進む');
  }
  const el = await fixture<List>(
    html`<koiki-draft-list .store=${store} .module=${sampleModule} .blanks=${[{}]}></koiki-draft-list>`,
  );
  await settle(el);
  return { el, store };
}

const choose = (input: HTMLInputElement, file: File) => {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
};

describe('<koiki-draft-list>', () => {
  it('新しい順に並び、「開く」で下書きを渡す', async () => {
    const { el } = await mountWith(['古い申請', '新しい申請']);
    const titles = [...root(el).querySelectorAll('.title')].map((t) => t.textContent);
    expect(titles).to.deep.equal(['新しい申請', '古い申請']);
    let opened: DraftRecord | undefined;
    el.addEventListener('koiki-open-draft', (e) => {
      opened = (e as CustomEvent<{ draft: DraftRecord }>).detail.draft;
    });
    buttonNamed(el, '「古い申請」を続きから再開').click();
    await waitFor(() => opened !== undefined, '下書きが渡される');
    expect(opened?.title).to.equal('古い申請');
    await expect(el).to.be.accessible();
  });

  it('キーボード（Enter）でも各下書きのボタンが働く', async () => {
    const { el } = await mountWith(['キー操作の申請']);
    let opened: DraftRecord | undefined;
    el.addEventListener('koiki-open-draft', (e) => {
      opened = (e as CustomEvent<{ draft: DraftRecord }>).detail.draft;
    });
    buttonNamed(el, '「キー操作の申請」を続きから再開').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => opened !== undefined, '下書きが渡される');
    expect(opened?.title).to.equal('キー操作の申請');
    buttonNamed(el, '「キー操作の申請」を削除').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('.title')?.textContent).to.equal(
      '「キー操作の申請」を削除しますか？',
    );
  });

  it('一覧は要約だけを読み、下書き全体は開くときにその1件だけ読む', async () => {
    const real = await openDraftStore(`koiki-list-${Math.random()}`);
    const mine = new Set<string>();
    for (const title of ['一件目', '二件目', '三件目'])
      mine.add((await real.save(draftNamed(title))).id);
    const wholeReads: string[] = [];
    const spied: DraftStore = {
      ...real,
      get: (id) => {
        // Work rescued by other tests' pages may be looked up too: only these drafts count.
        if (mine.has(id)) wholeReads.push(id);
        return real.get(id);
      },
      list: (formId) => {
        wholeReads.push(`list:${formId ?? ''}`);
        return real.list(formId);
      },
    };
    const el = await fixture<List>(
      html`<koiki-draft-list .store=${Promise.resolve(spied)} .module=${sampleModule} .blanks=${[{}]}></koiki-draft-list>`,
    );
    await settle(el);
    expect(titlesOf(el)).to.have.members(['一件目', '二件目', '三件目']);
    expect(wholeReads).to.deep.equal([]);
    let opened: DraftRecord | undefined;
    el.addEventListener('koiki-open-draft', (e) => {
      opened = (e as CustomEvent<{ draft: DraftRecord }>).detail.draft;
    });
    buttonNamed(el, '「二件目」を続きから再開').click();
    await waitFor(() => opened !== undefined, '下書きが渡される');
    expect(opened?.data).to.deep.equal({ name: '二件目' });
    expect(wholeReads).to.deep.equal([opened?.id]);
  });

  it('一覧を開いたあとの保存では、その1件の要約だけを読み直す', async () => {
    const real = await openDraftStore({ name: `koiki-list-${Math.random()}`, channel: null });
    await real.save(draftNamed('前からある申請'));
    const reads: string[] = [];
    const spied: DraftStore = {
      ...real,
      summaries: (formId) => {
        reads.push('all');
        return real.summaries(formId);
      },
      summary: (id) => {
        reads.push(id);
        return real.summary(id);
      },
    };
    const el = await fixture<List>(
      html`<koiki-draft-list .store=${Promise.resolve(spied)} .module=${sampleModule} .blanks=${[{}]}></koiki-draft-list>`,
    );
    await settle(el);
    reads.length = 0;
    const added = await real.save(draftNamed('あとから保存'));
    await waitFor(() => titlesOf(el).includes('あとから保存'), '一覧に出る');
    expect(reads).to.deep.equal([added.id]);
    await real.remove(added.id);
    await waitFor(() => !titlesOf(el).includes('あとから保存'), '一覧から消える');
    expect(reads).to.deep.equal([added.id]);
  });

  it('別の画面で削除された下書きを開こうとすると、日本語で伝えて一覧から消す', async () => {
    const name = `koiki-list-${Math.random()}`;
    const { el, store } = await mountWith(['消される申請'], name);
    const [listed] = await (await store).summaries();
    // Another page without a channel: this list does not hear of the removal.
    const elsewhere = await openDraftStore({ name, channel: null });
    await elsewhere.remove(listed!.id);
    elsewhere.close();
    buttonNamed(el, '「消される申請」を続きから再開').click();
    await waitFor(
      () => root(el).querySelector('.message')?.textContent?.includes('削除されています') === true,
      '理由が表示される',
    );
    await waitFor(() => titlesOf(el).length === 0, '一覧から消える');
  });

  it('削除は確認してから行い、「削除を元に戻す」で戻せる', async () => {
    const { el, store } = await mountWith(['川上村 試験']);
    buttonNamed(el, '「川上村 試験」を削除').click();
    await settle(el);
    expect(root(el).textContent).to.contain('「川上村 試験」を削除しますか？');
    buttonNamed(el, '削除する').click();
    await waitFor(async () => (await (await store).list()).length === 0, '削除される');
    await waitFor(() => buttonNamed(el, '削除を元に戻す'), '「削除を元に戻す」が出る').then((b) =>
      b.click(),
    );
    await waitFor(() => titlesOf(el).length === 1, '元に戻る');
    expect((await (await store).list()).map((d) => d.title)).to.deep.equal(['川上村 試験']);
  });

  it('「このブラウザーの下書きをすべて削除」は確認のうえ本当に空にする', async () => {
    const { el, store } = await mountWith(['一', '二', '三']);
    buttonNamed(el, 'このブラウザーの下書きをすべて削除').click();
    await settle(el);
    buttonNamed(el, 'すべて削除する').click();
    await waitFor(() => root(el).textContent?.includes('すべて削除しました'), '知らせが出る');
    expect(await (await store).list()).to.deep.equal([]);
    expect(root(el).textContent).to.contain('3件すべて削除しました');
  });

  it('壊れた下書きファイルは日本語で断り、今ある下書きは変わらない', async () => {
    const { el, store } = await mountWith(['既存']);
    const input = root(el).querySelector<HTMLInputElement>('input[accept^=".json"]')!;
    choose(
      input,
      new File(['{"format": "koiki-draft", "version": 1, "draft": {'], 'broken.json', {
        type: 'application/json',
      }),
    );
    const message = await waitFor(() => root(el).querySelector('.message'), '知らせが出る');
    expect(message?.textContent).to.match(/途中で切れ|読み込めません|JSON/);
    expect((await (await store).list()).map((d) => d.title)).to.deep.equal(['既存']);
  });

  it('一覧は開いたあとの保存・削除・別のタブの保存で自動で更新される', async () => {
    const name = `koiki-list-${Math.random()}`;
    const { el, store } = await mountWith(['最初の申請'], name);
    const saved = await (await store).save(draftNamed('この画面で保存'));
    await waitFor(() => titlesOf(el).includes('この画面で保存'), '保存した下書きが載る');
    await (await store).remove(saved.id);
    await waitFor(() => !titlesOf(el).includes('この画面で保存'), '削除した下書きが消える');
    const otherTab = await openDraftStore(name); // its own connection and channel, like a tab
    await otherTab.save(draftNamed('別のタブで保存'));
    await waitFor(() => titlesOf(el).includes('別のタブで保存'), '別のタブの下書きが載る');
    otherTab.close();
  });

  it('各下書きに様式・更新日時・進んだ手順を表示する', async () => {
    const store = openDraftStore(`koiki-list-${Math.random()}`);
    await (await store).save(draftNamed('川上村 試験', { step: 'basics', reached: 'review' }));
    const el = await fixture<List>(
      html`<koiki-draft-list .store=${store} .module=${sampleModule}></koiki-draft-list>`,
    );
    await settle(el);
    const meta = root(el).querySelector('.meta')!.textContent!.replace(/\s+/g, '');
    expect(meta).to.contain('様式：試験用の様式');
    expect(meta).to.match(/更新日時：\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(meta).to.contain('進んだ手順：確認');
  });

  it('前の版が残した空の下書きは一覧を読むときに消える', async () => {
    const store = openDraftStore(`koiki-list-${Math.random()}`);
    for (let i = 0; i < 3; i++) await (await store).save({ ...draftNamed('空'), data: {} });
    await (await store).save(draftNamed('入力あり'));
    const el = await fixture<List>(
      html`<koiki-draft-list .store=${store} .module=${sampleModule} .blanks=${[{}]}></koiki-draft-list>`,
    );
    await settle(el);
    expect(titlesOf(el)).to.deep.equal(['入力あり']);
    expect((await (await store).list()).map((d) => d.title)).to.deep.equal(['入力あり']);
  });

  it('「ファイルに書き出す」のファイルを読み込むと同じ内容の下書きになる（失敗がなくても書き出せる）', async () => {
    const { el } = await mountWith([]);
    const store = openDraftStore(`koiki-list-${Math.random()}`);
    const original = await (await store).save({
      ...draftNamed('川上村 試験'),
      data: { name: '川上村', amount: 6_000_000, items: [{ label: '募集', cost: 1 }] },
      raw: { 'items.0.cost': '十万あ' },
    });
    const source = await fixture<List>(
      html`<koiki-draft-list .store=${store} .module=${sampleModule}></koiki-draft-list>`,
    );
    await settle(source);
    const download = nextDownload(root(source));
    buttonNamed(source, '「川上村 試験」をファイルに書き出す').click();
    const { name, blob } = await download;
    expect(name).to.equal('川上村_試験.koiki-draft.json');
    let opened: DraftRecord | undefined;
    el.addEventListener('koiki-open-draft', (e) => {
      opened = (e as CustomEvent<{ draft: DraftRecord }>).detail.draft;
    });
    choose(
      root(el).querySelector<HTMLInputElement>('input[accept^=".json"]')!,
      new File([blob], name),
    );
    await waitFor(() => opened, '読み込んだ下書きが開く');
    expect([opened!.data, opened!.raw, opened!.title]).to.deep.equal([
      original.data,
      original.raw,
      original.title,
    ]);
  });

  it('「すべて書き出す」のファイルを別のブラウザーで読み込むと全件が同じ内容で戻る', async () => {
    const { el: from } = await mountWith(['一', '二']);
    const download = nextDownload(root(from));
    buttonNamed(from, 'すべて書き出す').click();
    const { name, blob } = await download;
    expect(name).to.match(/^下書き_\d{4}-\d{2}-\d{2}\.koiki-drafts\.json$/);
    const { el: to, store } = await mountWith([]);
    choose(
      root(to).querySelector<HTMLInputElement>('input[accept^=".json"]')!,
      new File([blob], name),
    );
    await waitFor(() => titlesOf(to).length === 2, '2件が載る');
    expect(root(to).querySelector('.message')?.textContent).to.equal('下書きを2件読み込みました。');
    const data = (await (await store).list()).map((d) => JSON.stringify(d.data)).sort();
    expect(data).to.deep.equal([JSON.stringify({ name: '一' }), JSON.stringify({ name: '二' })]);
  });
});
