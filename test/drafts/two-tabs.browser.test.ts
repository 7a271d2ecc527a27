import {
  type AutosaveController,
  type DraftConflict,
  type DraftRecord,
  draftMessages,
  openDraftStore,
  startAutosave,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { sessionOn, tinyDraft, uniqueName, until } from './helpers.ts';

type Drafts = typeof import('@koiki/drafts');

/** Two connections to one database, each with its own BroadcastChannel, as two tabs have. */
async function twoTabs() {
  const name = uniqueName();
  const channelName = `koiki-drafts-${name}`;
  const storeA = await openDraftStore({ name, channel: new BroadcastChannel(channelName) });
  const storeB = await openDraftStore({ name, channel: new BroadcastChannel(channelName) });
  const first = await storeA.save(tinyDraft({ dantai: '川上村' }));
  const tab = (store: typeof storeA) => {
    const session = sessionOn(first);
    const autosave = startAutosave({
      store,
      source: session,
      draft: first,
      target: null,
      delayMs: 10,
    });
    const conflicts: DraftConflict[] = [];
    autosave.subscribe((event) => {
      if (event.type === 'conflict') conflicts.push(event.conflict);
    });
    return { store, session, autosave, conflicts };
  };
  return { first, a: tab(storeA), b: tab(storeB) };
}

const dantai = (record: DraftRecord | undefined) =>
  (record?.data as { dantai?: string } | undefined)?.dantai;

describe('二つのタブで同じ下書き', () => {
  let tabs: Awaited<ReturnType<typeof twoTabs>>;
  beforeEach(async () => {
    tabs = await twoTabs();
  });
  afterEach(() => {
    for (const tab of [tabs.a, tabs.b]) {
      tab.autosave.stop();
      tab.store.close();
    }
  });

  it('別のタブが保存すると知らせ、黙って上書きしない', async () => {
    const { a, b, first } = tabs;
    b.session.set('dantai', '下川村');
    await until(() => a.conflicts.length === 1);
    expect(a.autosave.status).to.deep.equal({ state: 'conflict', message: draftMessages.conflict });
    expect(dantai(a.conflicts[0]?.theirs)).to.equal('下川村');
    expect(dantai(a.conflicts[0]?.mine)).to.equal('川上村');
    a.session.set('dantai', '上川村');
    await a.autosave.flush();
    const stored = await a.store.get(first.id);
    expect(stored?.rev).to.equal(2);
    expect(dantai(stored)).to.equal('下川村');
  });

  it('「この画面の内容で保存する」で新しい版として保存する（知らせの文もボタンと同じ言葉）', async () => {
    expect(draftMessages.conflict).to.contain('「この画面の内容で保存する」');
    const { a, b, first } = tabs;
    a.session.set('dantai', '上川村');
    b.session.set('dantai', '下川村');
    await until(() => a.conflicts.length + b.conflicts.length > 0);
    const loser = a.conflicts.length > 0 ? a : b;
    const mine = dantai(loser.autosave.current());
    await loser.autosave.keepMine();
    const stored = await a.store.get(first.id);
    expect(stored?.rev).to.equal(3);
    expect(dantai(stored)).to.equal(mine);
    expect(loser.autosave.status.state).to.equal('saved');
  });

  it('「別の画面の内容にする」でこの画面が相手の内容になり、保存はしない', async () => {
    const { a, b, first } = tabs;
    b.session.set('dantai', '下川村');
    await until(() => a.conflicts.length === 1);
    a.autosave.takeTheirs();
    expect(a.session.get('dantai')).to.equal('下川村');
    await a.autosave.flush();
    expect((await a.store.get(first.id))?.rev).to.equal(2);
    a.session.set('dantai', '下川村役場');
    await until(async () => (await a.store.get(first.id))?.rev === 3);
    await until(() => b.conflicts.length === 1);
  });

  it('「この画面の内容を別の下書きとして保存」で両方が残る', async () => {
    const { a, b, first } = tabs;
    a.session.set('dantai', '上川村');
    await until(() => a.autosave.status.state === 'saved');
    await until(() => b.conflicts.length === 1);
    b.session.set('dantai', '下川村');
    await b.autosave.saveMineAsCopy();
    const all = await a.store.list('tiny-form');
    expect(all.map(dantai).sort()).to.deep.equal(['上川村', '下川村']);
    const copy = all.find((d) => d.id !== first.id);
    expect(copy?.title).to.equal(`下川村 令和8年度 小さな様式${draftMessages.copySuffix}`);
    expect(b.autosave.current().id).to.equal(copy?.id);
  });

  it('通知がなくても、古い版からの保存は版番号で衝突として止まる', async () => {
    const name = uniqueName();
    const storeA = await openDraftStore({ name, channel: null });
    const storeB = await openDraftStore({ name, channel: null });
    const first = await storeA.save(tinyDraft({ dantai: '川上村' }));
    const sessionA = sessionOn(first);
    const sessionB = sessionOn(first);
    const autoA = startAutosave({ store: storeA, source: sessionA, draft: first, target: null });
    const autoB = startAutosave({ store: storeB, source: sessionB, draft: first, target: null });
    sessionB.set('dantai', '下川村');
    await autoB.flush();
    sessionA.set('dantai', '上川村');
    await autoA.flush();
    expect(autoA.status.state).to.equal('conflict');
    expect(dantai(autoA.conflict?.theirs)).to.equal('下川村');
    expect(dantai(await storeA.get(first.id))).to.equal('下川村');
    for (const auto of [autoA, autoB]) auto.stop();
    storeA.close();
    storeB.close();
  });
});

/** Loads fixtures/second-tab.html in a same-origin iframe: another page with its own modules. */
async function secondTab(): Promise<{ frame: HTMLIFrameElement; drafts: Drafts }> {
  const frame = document.createElement('iframe');
  const ready = new Promise<void>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data === 'second-tab-ready') {
        window.removeEventListener('message', listen);
        resolve();
      }
    };
    window.addEventListener('message', listen);
  });
  frame.src = '/test/drafts/fixtures/second-tab.html';
  document.body.append(frame);
  await ready;
  return { frame, drafts: (frame.contentWindow as unknown as { drafts: Drafts }).drafts };
}

describe('同じオリジンの別ページ（iframe）', () => {
  it('別ページでの保存を BroadcastChannel で知り、衝突として知らせる', async () => {
    const name = uniqueName();
    const store = await openDraftStore({ name });
    const first = await store.save(tinyDraft({ dantai: '川上村' }));
    const session = sessionOn(first);
    const autosave: AutosaveController = startAutosave({
      store,
      source: session,
      draft: first,
      target: null,
    });
    const { frame, drafts } = await secondTab();
    const other = await drafts.openDraftStore({ name });
    await other.save({ ...first, data: { ...(first.data as object), dantai: '下川村' } });
    await until(() => autosave.conflict !== undefined);
    expect(dantai(autosave.conflict?.theirs)).to.equal('下川村');
    other.close();
    frame.remove();
    autosave.stop();
    store.close();
  });

  it('保存の途中でページが閉じても、前の版か新しい版のどちらかが丸ごと残り、次の保存は成功する', async () => {
    const name = uniqueName();
    const store = await openDraftStore({ name, channel: null });
    const first = await store.save(tinyDraft({ dantai: '川上村' }));
    const { frame, drafts } = await secondTab();
    const other = await drafts.openDraftStore({ name, channel: null });
    const posts = Array.from({ length: 20000 }, (_, i) => ({ title: `職${i}`, cost: i }));
    void other
      .save({ ...first, data: { dantai: '下川村', fiscalYear: 2026, posts } })
      .catch(() => {});
    frame.remove(); // the page goes away while its save runs
    const after = (await store.get(first.id)) as DraftRecord;
    const data = after.data as { dantai: string; posts: unknown[] };
    if (after.rev === 1) expect(data).to.deep.include({ dantai: '川上村', posts: [] });
    else expect([after.rev, data.dantai, data.posts.length]).to.deep.equal([2, '下川村', 20000]);
    const next = await store.save({ ...after, data: { ...data, dantai: '上川村' } });
    expect(next.rev).to.equal(after.rev + 1);
    store.close();
  });
});
