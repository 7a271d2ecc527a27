import { type DraftStore, recoverRescued, startAutosave } from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { isolatedStore, sessionOn, tinyDraft, until } from './helpers.ts';

/** A store that never answers, like one whose page is being torn down. */
const frozen = (): Promise<DraftStore> => new Promise(() => undefined);

describe('閉じる直前の内容を失わない', () => {
  beforeEach(() => localStorage.clear());

  it('打ち続けていても、maxWaitMs（既定2秒）ごとに保存する', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const session = sessionOn(draft);
    // The quiet time never passes while typing goes on; only maxWaitMs can bring the save.
    const autosave = startAutosave({
      store,
      source: session,
      draft,
      target: null,
      delayMs: 600_000,
      maxWaitMs: 200,
    });
    let typed = 0;
    await until(async () => {
      session.set('dantai', `川上村${typed++}`);
      return ((await store.get(draft.id))?.rev ?? 0) > 0;
    });
    autosave.stop();
    store.close();
  });

  it('保存が終わる前にページが閉じても、次に一覧を開くと入力が戻る', async () => {
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const page = new EventTarget();
    startAutosave({ store: frozen(), source: session, draft, target: page });
    session.set('dantai', '下北山村');
    page.dispatchEvent(new Event('pagehide'));

    const store = await isolatedStore();
    const [recovered] = await recoverRescued(store);
    expect(recovered?.id).to.equal(draft.id);
    expect((await store.get(draft.id))?.data).to.deep.include({ dantai: '下北山村' });
    expect(await recoverRescued(store)).to.deep.equal([]);
    store.close();
  });

  it('その間に別の画面が保存していたら、上書きせずに別の下書きとして戻す', async () => {
    const store = await isolatedStore();
    const draft = tinyDraft();
    const saved = await store.save(draft);
    const session = sessionOn(saved);
    const page = new EventTarget();
    startAutosave({ store: frozen(), source: session, draft: saved, target: page });
    session.set('dantai', 'この画面の入力');
    page.dispatchEvent(new Event('pagehide'));
    await store.save({ ...saved, data: { dantai: '別の画面の入力' } }); // the other tab: rev 2

    const [recovered] = await recoverRescued(store);
    expect(recovered?.id).to.not.equal(draft.id);
    expect(recovered?.title).to.contain('（閉じる直前の内容）');
    expect((await store.get(draft.id))?.data).to.deep.include({ dantai: '別の画面の入力' });
    store.close();
  });

  it('保存できたら退避した内容は消える', async () => {
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
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('koiki-draft-rescue:')),
    ).to.deep.equal([]);
    autosave.stop();
    store.close();
  });
});
