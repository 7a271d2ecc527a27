// 「このブラウザーの下書きをすべて削除」 and a single delete really empty the browser: no draft,
// and no unsaved copy a closing page left in localStorage, comes back on the next list.
import {
  type DraftRecord,
  newDraft,
  openDraftStore,
  recoverRescued,
  writeRescue,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';

const existingDraft = (title: string): DraftRecord =>
  newDraft({
    formId: 'specialist-dispatch',
    schemaVersion: 1,
    data: { remarks: title },
    step: 'basics',
    title,
  });

describe('「このブラウザーの下書きをすべて削除」', () => {
  it('保存済みの下書きも、閉じたページが残した未保存の下書きも消え、次に一覧を開いても戻ってこない', async () => {
    const store = await openDraftStore({
      name: `koiki-hardening-${crypto.randomUUID()}`,
      channel: null,
    });
    const saved = await store.save(existingDraft('奈良県 令和8年度 専門人材派遣'));
    writeRescue({ ...saved, title: '閉じる直前の内容' });
    writeRescue(existingDraft('まだ一度も保存していない下書き'));
    expect(await store.clear()).to.equal(1);
    expect(await recoverRescued(store)).to.deep.equal([]);
    expect(await store.list()).to.deep.equal([]);
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    expect(keys.filter((key) => key?.startsWith('koiki-draft'))).to.deep.equal([]);
    store.close();
  });

  it('1件削除すると、その下書きの未保存の内容も消える', async () => {
    const store = await openDraftStore({
      name: `koiki-hardening-${crypto.randomUUID()}`,
      channel: null,
    });
    const saved = await store.save(existingDraft('奈良県 令和8年度 専門人材派遣'));
    writeRescue({ ...saved, title: '閉じる直前の内容' });
    await store.remove(saved.id);
    expect(await recoverRescued(store)).to.deep.equal([]);
    expect(await store.list()).to.deep.equal([]);
    store.close();
  });
});
