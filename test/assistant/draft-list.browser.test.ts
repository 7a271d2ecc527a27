import '@koiki/assistant/draft-list';
import { type DraftRecord, newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sampleModule } from './sample-module.ts';

type List = HTMLElement & { updateComplete: Promise<boolean>; refresh(): Promise<void> };

const root = (el: Element) => el.shadowRoot!;
const buttonNamed = (el: Element, name: string) =>
  [...root(el).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  )!;
const settle = async (el: List) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
};

async function mountWith(titles: string[]) {
  const store = openDraftStore(`koiki-list-${Math.random()}`);
  for (const title of titles) {
    await (await store).save(
      newDraft({
        formId: 'sample-form',
        schemaVersion: 1,
        data: { name: title },
        step: 'basics',
        title,
      }),
    );
    await new Promise((r) => setTimeout(r, 3));
  }
  const el = await fixture<List>(
    html`<koiki-draft-list .store=${store} .module=${sampleModule}></koiki-draft-list>`,
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
    buttonNamed(el, '「古い申請」を開く').click();
    expect(opened?.title).to.equal('古い申請');
    await expect(el).to.be.accessible();
  });

  it('削除は確認してから行い、「削除を元に戻す」で戻せる', async () => {
    const { el, store } = await mountWith(['川上村 試験']);
    buttonNamed(el, '「川上村 試験」を削除').click();
    await settle(el);
    expect(root(el).textContent).to.contain('「川上村 試験」を削除しますか？');
    buttonNamed(el, '削除する').click();
    await settle(el);
    expect(await (await store).list()).to.have.length(0);
    buttonNamed(el, '削除を元に戻す').click();
    await settle(el);
    expect((await (await store).list()).map((d) => d.title)).to.deep.equal(['川上村 試験']);
  });

  it('「このブラウザーの下書きをすべて削除」は確認のうえ本当に空にする', async () => {
    const { el, store } = await mountWith(['一', '二', '三']);
    buttonNamed(el, 'このブラウザーの下書きをすべて削除').click();
    await settle(el);
    buttonNamed(el, 'すべて削除する').click();
    await settle(el);
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
    await settle(el);
    expect(root(el).querySelector('.message')?.textContent).to.match(
      /途中で切れ|読み込めません|JSON/,
    );
    expect((await (await store).list()).map((d) => d.title)).to.deep.equal(['既存']);
  });
});
