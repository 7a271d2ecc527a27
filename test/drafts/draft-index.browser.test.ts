import {
  type DraftAttachment,
  type DraftRecord,
  type DraftStore,
  duplicateDraft,
  openDraftStore,
  startAutosave,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { createVersion1Database, rawContents } from './fixtures/raw-database.ts';
import { nextMillisecond, sessionOn, tinyDraft, uniqueName } from './helpers.ts';

const file = (id: string, text: string, type = 'application/pdf'): DraftAttachment => {
  const blob = new Blob([text], { type });
  return { id, name: `${id}.pdf`, type, size: blob.size, blob };
};

const texts = async (draft: DraftRecord | undefined) =>
  Promise.all((draft?.attachments ?? []).map(async (a) => [a.id, await a.blob.text()]));

/** The summaries must say exactly what the whole drafts say, whatever was done. */
async function expectSummariesInStep(store: DraftStore): Promise<void> {
  const whole = await store.list();
  const summaries = await store.summaries();
  expect(summaries.map((s) => [s.id, s.rev, s.title, s.step, s.updatedAt])).to.deep.equal(
    whole.map((d) => [d.id, d.rev, d.title, d.step, d.updatedAt]),
  );
  expect(summaries.map((s) => [s.attachmentCount, s.attachmentBytes])).to.deep.equal(
    whole.map((d) => [d.attachments.length, d.attachments.reduce((n, a) => n + a.size, 0)]),
  );
}

const blobKeys = async (name: string) =>
  ((await rawContents(name))['attachment-blobs']?.keys ?? []).map(String).sort();

describe('下書きの索引（一覧用の要約）', () => {
  it('保存・元に戻す・削除・すべて削除のどの後も、要約は下書きと食い違わない', async () => {
    const name = uniqueName();
    const store = await openDraftStore({ name, channel: null });
    const a = await store.save({ ...tinyDraft({ dantai: '川上村' }), title: '川上村' });
    await nextMillisecond();
    const b = await store.save({
      ...tinyDraft({ dantai: '吉野町' }),
      title: '吉野町',
      attachments: [file('協約書/0', '協約書の中身')],
    });
    await expectSummariesInStep(store);
    const renamed = await store.save({ ...a, title: '川上村（改）', step: 'main' });
    await expectSummariesInStep(store);
    expect((await store.summaries())[0]?.title).to.equal('川上村（改）');
    await store.remove(b.id);
    await expectSummariesInStep(store);
    await store.restore(b);
    await expectSummariesInStep(store);
    expect(await texts(await store.get(b.id))).to.deep.equal([['協約書/0', '協約書の中身']]);
    expect(await store.clear()).to.equal(2);
    expect(await store.summaries()).to.deep.equal([]);
    expect(await rawContents(name)).to.deep.include({
      'attachment-blobs': { keys: [], values: [] },
    });
    expect(renamed.rev).to.equal(2);
    store.close();
  });

  it('版の衝突で断られた保存は、下書きも要約も変えない', async () => {
    const store = await openDraftStore({ name: uniqueName(), channel: null });
    const first = await store.save({ ...tinyDraft(), title: '最初' });
    await store.save({ ...first, title: '別のタブ' });
    const before = await store.summaries();
    await store.save({ ...first, title: '古い版から' }).catch(() => undefined);
    expect(await store.summaries()).to.deep.equal(before);
    expect((await store.get(first.id))?.title).to.equal('別のタブ');
    store.close();
  });

  it('要約は様式ごとに新しい順で、データもファイルも持たない', async () => {
    const store = await openDraftStore({ name: uniqueName(), channel: null });
    await store.save({ ...tinyDraft(), formId: 'other-form', title: '別の様式' });
    await nextMillisecond();
    await store.save({ ...tinyDraft({ dantai: '古' }), title: '古い' });
    await nextMillisecond();
    await store.save({ ...tinyDraft({ dantai: '新' }), title: '新しい', reached: 'main' });
    const listed = await store.summaries('tiny-form');
    expect(listed.map((s) => s.title)).to.deep.equal(['新しい', '古い']);
    expect(listed[0]).to.include({ formId: 'tiny-form', reached: 'main', attachmentCount: 0 });
    expect(listed[0]).to.not.have.any.keys('data', 'raw', 'attachments');
    store.close();
  });
});

describe('添付ファイルは一度だけ書く', () => {
  it('自動保存を何度繰り返しても、変わらない添付ファイルは書き直さない', async () => {
    const name = uniqueName();
    const store = await openDraftStore({ name, channel: null });
    const draft = tinyDraft();
    const session = sessionOn(draft);
    const autosave = startAutosave({ store, source: session, draft, target: null, delayMs: 0 });
    autosave.setAttachments([file('協約書/0', 'A'.repeat(50_000)), file('内訳/0', '内訳')]);
    await autosave.flush();
    const written = await blobKeys(name);
    expect(written).to.have.length(2);
    for (const typed of ['川', '川上', '川上村']) {
      session.set('dantai', typed);
      await autosave.flush();
    }
    expect((await store.get(draft.id))?.rev).to.equal(4);
    // A file written again would be stored under a new key.
    expect(await blobKeys(name)).to.deep.equal(written);
    expect(await texts(await store.get(draft.id))).to.deep.equal([
      ['協約書/0', 'A'.repeat(50_000)],
      ['内訳/0', '内訳'],
    ]);
    autosave.stop();
    store.close();
  });

  it('同じ番号の添付を別のファイルに替えると新しい中身が残り、古い中身は消える', async () => {
    const name = uniqueName();
    const store = await openDraftStore({ name, channel: null });
    const first = await store.save({ ...tinyDraft(), attachments: [file('内訳/0', '古い内訳')] });
    const second = await store.save({ ...first, attachments: [file('内訳/0', '新しい内訳')] });
    expect(await texts(await store.get(second.id))).to.deep.equal([['内訳/0', '新しい内訳']]);
    expect(await blobKeys(name)).to.have.length(1);
    await store.save({ ...second, attachments: [] });
    expect(await blobKeys(name)).to.deep.equal([]);
    store.close();
  });

  it('別のタブで開いた下書きを保存しても、読んだ添付ファイルは書き直さない', async () => {
    const name = uniqueName();
    const here = await openDraftStore({ name, channel: null });
    const saved = await here.save({ ...tinyDraft(), attachments: [file('協約書/0', '協約書')] });
    const written = await blobKeys(name);
    const there = await openDraftStore({ name, channel: null });
    const opened = await there.get(saved.id);
    await there.save({ ...opened!, title: '別のタブで編集' });
    expect(await blobKeys(name)).to.deep.equal(written);
    expect(await texts(await here.get(saved.id))).to.deep.equal([['協約書/0', '協約書']]);
    here.close();
    there.close();
  });

  it('複製した下書きは自分の添付ファイルを持ち、元を削除しても読める', async () => {
    const store = await openDraftStore({ name: uniqueName(), channel: null });
    const original = await store.save({ ...tinyDraft(), attachments: [file('協約書/0', '原本')] });
    const copy = await duplicateDraft(store, original.id);
    await store.remove(original.id);
    expect(await texts(await store.get(copy.id))).to.deep.equal([['協約書/0', '原本']]);
    store.close();
  });
});

describe('版1のデータベースからの移行', () => {
  const v1Draft = (id: string, attachments: DraftAttachment[]) => ({
    ...tinyDraft({ dantai: '川上村' }),
    id,
    rev: 3,
    raw: { 'posts.0.cost': '12万' },
    title: `版1の下書き ${id}`,
    updatedAt: `2026-11-0${id.length}T00:00:00.000Z`,
    attachments,
  });

  it('版1で保存した下書き（添付ファイルを含む）が、そのまま開けて一覧に出る', async () => {
    const name = uniqueName();
    await createVersion1Database(name, [
      v1Draft('a', [file('協約書/0', '協約書の中身'), file('内訳/0', '内訳の中身')]),
      v1Draft('bb', []),
    ]);
    const store = await openDraftStore({ name, channel: null });
    const listed = await store.summaries();
    expect(listed.map((s) => [s.id, s.rev, s.title, s.attachmentCount])).to.deep.equal([
      ['bb', 3, '版1の下書き bb', 0],
      ['a', 3, '版1の下書き a', 2],
    ]);
    const opened = await store.get('a');
    expect(opened?.raw).to.deep.equal({ 'posts.0.cost': '12万' });
    expect(await texts(opened)).to.deep.equal([
      ['協約書/0', '協約書の中身'],
      ['内訳/0', '内訳の中身'],
    ]);
    await expectSummariesInStep(store);
    // The files moved out of the records into their own store.
    const raw = await rawContents(name);
    expect(raw['attachment-blobs']?.keys).to.have.length(2);
    const records = raw.drafts?.values as { attachments: object[] }[];
    for (const record of records)
      for (const attachment of record.attachments) expect(attachment).to.not.have.key('blob');
    // And the next save of the migrated draft does not write them again.
    const before = await blobKeys(name);
    await store.save({ ...opened!, title: '移行後に編集' });
    expect(await blobKeys(name)).to.deep.equal(before);
    store.close();
  });

  it('版1の空のデータベースも開ける', async () => {
    const name = uniqueName();
    await createVersion1Database(name, []);
    const store = await openDraftStore({ name, channel: null });
    expect(await store.summaries()).to.deep.equal([]);
    const saved = await store.save(tinyDraft({ dantai: '川上村' }));
    expect((await store.summaries()).map((s) => s.id)).to.deep.equal([saved.id]);
    store.close();
  });
});
