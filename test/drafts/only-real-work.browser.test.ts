// Drafts hold only real work: nothing is stored for opening a form, blank drafts of earlier
// versions go away, a rescued copy that matches the store is dropped, and the list hears
// every change.
import {
  exportDrafts,
  importDraftFiles,
  recoverRescued,
  removeBlankDrafts,
  startAutosave,
  writeRescue,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { isolatedStore, sessionOn, tinyDraft, tinyForm, until } from './helpers.ts';

const forms = { [tinyForm.id]: tinyForm };
const rescueKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('koiki-draft-rescue:'));

describe('下書きは入力したときだけ作る', () => {
  beforeEach(() => localStorage.clear());

  it('開いて、閉じても（pagehide）、入力しなければ下書きは0件', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const page = new EventTarget();
    const autosave = startAutosave({ store, source: session, draft, target: page });
    session.touch('dantai');
    page.dispatchEvent(new Event('pagehide'));
    await autosave.flush();
    expect(rescueKeys()).to.deep.equal([]);
    expect(await recoverRescued(store)).to.deep.equal([]);
    expect(await store.list()).to.deep.equal([]);
    autosave.stop();
    store.close();
  });

  it('最初の入力で1件作り、入力を取り消しても下書きは残る', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({ store, source: session, draft, target: null });
    session.set('dantai', '川上村');
    await autosave.flush();
    expect((await store.list()).length).to.equal(1);
    session.undo();
    await autosave.flush();
    const [kept] = await store.list();
    expect(kept?.data).to.deep.include({ dantai: '' });
    autosave.stop();
    store.close();
  });

  it('前の版が残した空の下書きは一覧を読むときに消え、入力のある下書きは残る', async () => {
    const store = await isolatedStore();
    await store.save(tinyDraft());
    await store.save(tinyDraft());
    const real = await store.save(tinyDraft({ dantai: '川上村' }));
    const kept = await removeBlankDrafts(store, tinyForm.id, [tinyForm.emptyData()]);
    expect(kept.map((d) => d.id)).to.deep.equal([real.id]);
    expect((await store.list()).map((d) => d.id)).to.deep.equal([real.id]);
    store.close();
  });
});

describe('閉じる直前の内容の退避', () => {
  beforeEach(() => localStorage.clear());

  it('保存済みと同じ内容なら別の下書きを作らない', async () => {
    const store = await isolatedStore();
    const saved = await store.save(tinyDraft({ dantai: '川上村' }));
    const again = await store.save({ ...saved }); // another save since: rev 2, same content
    writeRescue({ ...saved, rev: 1 });
    expect(await recoverRescued(store)).to.deep.equal([]);
    const all = await store.list();
    expect(all.map((d) => [d.id, d.rev])).to.deep.equal([[again.id, 2]]);
    expect(rescueKeys()).to.deep.equal([]);
    store.close();
  });
});

describe('変更の通知とファイルへの書き出し', () => {
  it('onChange はこの画面の保存・削除も知らせる', async () => {
    const store = await isolatedStore();
    const heard: string[] = [];
    const stop = store.onChange((change) => heard.push(change.type));
    const saved = await store.save(tinyDraft({ dantai: '川上村' }));
    await store.remove(saved.id);
    stop();
    await store.save(tinyDraft({ dantai: '聞こえない' }));
    expect(heard).to.deep.equal(['saved', 'removed']);
    store.close();
  });

  it('「すべて書き出す」のファイルを別のブラウザーで読み込むと同じ内容の下書きになる', async () => {
    const from = await isolatedStore();
    const a = await from.save(
      tinyDraft({ dantai: '川上村', posts: [{ title: '保健師', cost: 1 }] }),
    );
    const b = await from.save({
      ...tinyDraft({ dantai: '下北山村' }),
      raw: { 'posts.0.cost': '十' },
    });
    const file = await exportDrafts(await from.list());
    const to = await isolatedStore();
    const result = await importDraftFiles(file, to, { forms });
    expect(result.ok && result.message).to.equal('下書きを2件読み込みました。');
    const imported = await to.list();
    const content = (d: { data: unknown; raw: unknown; title: string; step: string }) =>
      JSON.stringify([d.data, d.raw, d.title, d.step]);
    expect(imported.map(content).sort()).to.deep.equal([a, b].map(content).sort());
    from.close();
    to.close();
  });

  it('読めない下書きが混じっていても、読めるものは読み込み、件数を伝える', async () => {
    const store = await isolatedStore();
    const good = await exportDrafts([tinyDraft({ dantai: '川上村' })]);
    const bundle = JSON.parse(await good.text());
    bundle.drafts.push({ format: 'koiki-draft', version: 1, draft: { formId: 'unknown' } });
    const file = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
    const result = await importDraftFiles(file, store, { forms });
    expect(result.message).to.equal('下書きを1件読み込みました。1件は読み込めませんでした。');
    await until(async () => (await store.list()).length === 1);
    store.close();
  });
});
