import { type DraftRecord, openDraftStore, RevisionConflict } from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { nextMillisecond } from './helpers.ts';

const draft = (id: string, rev = 0): DraftRecord => ({
  id,
  formId: 'specialist-dispatch',
  schemaVersion: 1,
  rev,
  data: { applicant: { name: '川上村' } },
  raw: { 'costs.0.amount': '12万5千' },
  step: 'applicant',
  attachments: [],
  title: '川上村 令和8年度 専門人材派遣',
  updatedAt: '',
});

describe('下書きストア (IndexedDB)', () => {
  const name = `koiki-test-${Math.random()}`;

  after(() => indexedDB.deleteDatabase(name));

  it('保存した下書きを別の接続から読み戻せる（生の入力も残る）', async () => {
    const store = await openDraftStore(name);
    const saved = await store.save(draft('a'));
    expect(saved.rev).to.equal(1);
    store.close();

    const reopened = await openDraftStore(name);
    const loaded = await reopened.get('a');
    expect(loaded?.raw).to.deep.equal({ 'costs.0.amount': '12万5千' });
    expect(loaded?.title).to.equal('川上村 令和8年度 専門人材派遣');
    reopened.close();
  });

  it('古い版からの保存は上書きせずに衝突として知らせる', async () => {
    const store = await openDraftStore(name);
    const first = await store.save(draft('b'));
    await store.save(first); // another tab saves rev 2
    let error: unknown;
    try {
      // This tab still holds rev 1; its write starts with the check and must be taken back whole.
      await store.save({ ...first, data: { applicant: { name: '別の村' } }, title: '別の村' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RevisionConflict);
    expect((error as RevisionConflict).stored.rev).to.equal(2);
    expect((error as RevisionConflict).stored.data).to.deep.equal(first.data);
    const stored = await store.get('b');
    expect(stored?.rev).to.equal(2);
    expect(stored?.data).to.deep.equal(first.data);
    expect((await store.summary('b'))?.title).to.equal(first.title);
    expect((await store.summary('b'))?.rev).to.equal(2);
    store.close();
  });

  it('一覧は様式ごとに新しい順', async () => {
    const store = await openDraftStore(name);
    await store.save({ ...draft('c'), formId: 'consolidation-claim' });
    await nextMillisecond();
    await store.save({ ...draft('d'), formId: 'consolidation-claim' });
    const ids = (await store.list('consolidation-claim')).map((d) => d.id);
    expect(ids).to.deep.equal(['d', 'c']);
    store.close();
  });
});

describe('このブラウザーの下書きをすべて削除', () => {
  it('すべての下書きが消え、消した件数がわかる', async () => {
    const name = `koiki-clear-${Math.random()}`;
    const store = await openDraftStore(name);
    await store.save(draft('x'));
    await store.save({ ...draft('y'), formId: 'consolidation-claim' });
    expect(await store.clear()).to.equal(2);
    expect(await store.list()).to.deep.equal([]);
    store.close();
    const reopened = await openDraftStore(name);
    expect(await reopened.list()).to.deep.equal([]);
    reopened.close();
    indexedDB.deleteDatabase(name);
  });
});
