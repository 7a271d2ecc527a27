import {
  type DraftRecord,
  type DraftStore,
  draftMessages,
  exportDraft,
  openDraftStore,
  readDraftFile,
  StorageUnavailable,
  startAutosave,
  statusOfError,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { isolatedStore, sessionOn, tinyDraft, tinyForm, uniqueName, until } from './helpers.ts';

describe('自動保存', () => {
  it('入力が止まって約0.5秒後に1回だけ保存する', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({ store, source: session, draft, target: null });
    // Typed in one go: nothing is saved while the timer runs, then one save holds the last value.
    for (const name of ['川', '川上', '川上村']) session.set('dantai', name);
    expect(autosave.status.state).to.equal('pending');
    expect(await store.get(draft.id)).to.equal(undefined);
    await until(() => autosave.status.state === 'saved');
    const saved = await store.get(draft.id);
    expect(saved?.rev).to.equal(1);
    expect(saved?.data).to.deep.include({ dantai: '川上村' });
    expect(saved?.title).to.equal('川上村 令和8年度 小さな様式');
    autosave.stop();
    store.close();
  });

  it('ページを離れる（pagehide）とすぐに保存する', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const page = new EventTarget();
    const autosave = startAutosave({
      store,
      source: session,
      draft,
      target: page,
      delayMs: 60_000,
    });
    session.set('dantai', '川上村');
    page.dispatchEvent(new Event('pagehide'));
    await until(() => autosave.status.state === 'saved');
    expect((await store.get(draft.id))?.rev).to.equal(1);
    autosave.stop();
    store.close();
  });

  it('タブが隠れる（visibilitychange）とすぐに保存し、見えているときは待つ', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const page = new EventTarget();
    let hidden = false;
    const autosave = startAutosave({
      store,
      source: session,
      draft,
      target: page,
      delayMs: 60_000,
      isHidden: () => hidden,
    });
    session.set('dantai', '川上村');
    const rescued = () => localStorage.getItem(`koiki-draft-rescue:${draft.id}`) !== null;
    page.dispatchEvent(new Event('visibilitychange'));
    // Leaving writes the rescue copy at once (synchronously); a visible page does not leave.
    expect(rescued()).to.equal(false);
    expect(autosave.status.state).to.equal('pending');
    hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(rescued()).to.equal(true);
    await until(() => autosave.status.state === 'saved');
    autosave.stop();
    store.close();
  });

  it('保存中の入力は待たされず、保存は1件ずつ、最後の内容が残る', async () => {
    const inner = await isolatedStore();
    let inFlight = 0;
    let most = 0;
    const saves: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: DraftStore = {
      ...inner,
      async save(record) {
        inFlight++;
        most = Math.max(most, inFlight);
        saves.push((record.data as { dantai: string }).dantai);
        await gate; // the first save hangs until the user has typed everything
        const saved = await inner.save(record);
        inFlight--;
        return saved;
      },
    };
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({
      store: slow,
      source: session,
      draft,
      target: null,
      delayMs: 0,
    });
    session.set('dantai', '村1');
    await until(() => inFlight === 1);
    // Typing goes on while the save hangs: each change returns at once.
    for (let i = 2; i <= 20; i++) session.set('dantai', `村${i}`);
    expect(session.data).to.deep.include({ dantai: '村20' });
    release();
    await autosave.flush();
    await until(() => autosave.status.state === 'saved');
    expect(most).to.equal(1);
    expect(saves.length).to.be.below(20);
    expect(saves.at(-1)).to.equal('村20');
    expect((await inner.get(draft.id))?.data).to.deep.include({ dantai: '村20' });
    autosave.stop();
    inner.close();
  });

  it('触れただけ（データが変わらない）では保存しない', async () => {
    const store = await isolatedStore();
    const draft = await store.save(tinyDraft({ dantai: '川上村' }));
    const session = sessionOn(draft);
    const autosave = startAutosave({ store, source: session, draft, target: null, delayMs: 10 });
    session.touch('dantai');
    await autosave.flush();
    expect((await store.get(draft.id))?.rev).to.equal(1);
    expect(autosave.status.state).to.equal('idle');
    autosave.stop();
    store.close();
  });
});

describe('保存できないとき（容量不足・IndexedDB が使えない）', () => {
  it('容量不足を日本語で知らせ、入力は画面に残り、書き出せ、空きができれば保存し直す', async () => {
    const inner = await isolatedStore();
    let full = true;
    const store: DraftStore = {
      ...inner,
      save: (record) =>
        full ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : inner.save(record),
    };
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({ store, source: session, draft, target: null, delayMs: 10 });
    const shown: string[] = [];
    autosave.subscribe((event) => {
      if (event.type === 'status' && 'message' in event.status) shown.push(event.status.message);
    });
    session.set('dantai', '川上村');
    session.setRaw('fiscalYear', '令和八年');
    await until(() => autosave.status.state === 'full');
    expect(shown).to.include(draftMessages.storageFull);
    expect(autosave.current().data).to.deep.include({ dantai: '川上村' });
    expect(autosave.current().raw).to.deep.equal({ fiscalYear: '令和八年' });
    session.set('dantai', '川上村役場');
    await until(() => autosave.status.state === 'full');
    expect(autosave.current().data).to.deep.include({ dantai: '川上村役場' });

    full = false;
    session.set('dantai', '川上村');
    await until(() => autosave.status.state === 'saved');
    const saved = await inner.get(draft.id);
    expect(saved?.raw).to.deep.equal({ fiscalYear: '令和八年' });
    autosave.stop();
    inner.close();
  });

  it('indexedDB が無いと「このブラウザーには保存できません」と知らせ、入力は失われず書き出せる', async () => {
    const real = Object.getOwnPropertyDescriptor(window, 'indexedDB') as PropertyDescriptor;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    const opening = openDraftStore({ name: uniqueName(), channel: null });
    Object.defineProperty(window, 'indexedDB', real);
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({
      store: opening,
      source: session,
      draft,
      target: null,
      delayMs: 10,
    });
    session.set('dantai', '川上村');
    await until(() => autosave.status.state === 'unavailable');
    expect(autosave.status).to.deep.equal({
      state: 'unavailable',
      message:
        'このブラウザーには保存できません。入力内容は画面上に残っています。ファイルに書き出して保存してください。',
    });
    session.set('dantai', '川上村役場');
    session.setRaw('fiscalYear', '令和八年');
    await autosave.flush();
    const file = await exportDraft(autosave.current());
    const read = await readDraftFile(file, { forms: { [tinyForm.id]: tinyForm } });
    expect(read.ok && read.draft.data).to.deep.include({ dantai: '川上村役場' });
    expect(read.ok && read.draft.raw).to.deep.equal({ fiscalYear: '令和八年' });
    autosave.stop();
  });

  it('開くときに失敗・止まる IndexedDB は StorageUnavailable になる', async () => {
    const throwing = {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const erroring = {
      open() {
        const request = { error: new DOMException('private', 'InvalidStateError') } as {
          onerror?: () => void;
        };
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    } as unknown as IDBFactory;
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    for (const factory of [throwing, erroring, silent]) {
      let error: unknown;
      try {
        await openDraftStore({ factory, channel: null, openTimeoutMs: 100 });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(StorageUnavailable);
      expect((error as Error).message).to.equal(draftMessages.storageUnavailable);
    }
  });

  it('古い版のタブが保存先を手放さないときは、そのタブを閉じるよう伝える（入力は失わない）', async () => {
    const name = uniqueName();
    // An old page: version 1 of the database, and no handler that lets a newer version through.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('drafts', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let error: unknown;
    try {
      await openDraftStore({ name, channel: null, openTimeoutMs: 60_000 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StorageUnavailable);
    expect((error as StorageUnavailable).blocked).to.equal(true);
    expect(statusOfError(error)).to.deep.equal({
      state: 'unavailable',
      message: draftMessages.storageBlocked,
    });
    expect(draftMessages.storageBlocked).to.match(/タブを閉じ/);
    // Once the old tab is closed, the store opens (and upgrades) as usual.
    old.close();
    const store = await openDraftStore({ name, channel: null });
    expect(await store.list()).to.deep.equal([]);
    store.close();
  });

  it('保存が途中で失敗しても前の版は無事で、次の保存は成功する', async () => {
    const store = await isolatedStore();
    const first = await store.save(tinyDraft({ dantai: '川上村' }));
    const session = sessionOn(first);
    const autosave = startAutosave({
      store,
      source: session,
      draft: first,
      target: null,
      delayMs: 10,
    });
    // A function cannot be stored: IndexedDB refuses the write and the transaction ends unwritten.
    session.set('posts', [{ title: '保健師', cost: () => 1 }]);
    await until(() => autosave.status.state === 'failed');
    const intact = (await store.get(first.id)) as DraftRecord;
    expect(intact.rev).to.equal(1);
    expect(intact.data).to.deep.include({ dantai: '川上村' });
    session.set('posts', [{ title: '保健師', cost: 1 }]);
    await until(() => autosave.status.state === 'saved');
    expect((await store.get(first.id))?.rev).to.equal(2);
    autosave.stop();
    store.close();
  });
});
