import {
  copyForNextFiscalYear,
  createFromPreviousYear,
  deleteDraft,
  draftMessages,
  duplicateDraft,
} from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { isolatedStore, nextMillisecond, tinyDraft, tinyForm } from './helpers.ts';

describe('下書きの一覧と操作', () => {
  it('一覧は様式ごとに新しい順で、題名がデータから付く', async () => {
    const store = await isolatedStore();
    const title = (dantai: string) => tinyForm.draftTitle?.({ ...tinyForm.emptyData(), dantai });
    await store.save({ ...tinyDraft({ dantai: '川上村' }), title: title('川上村') ?? '' });
    await nextMillisecond();
    await store.save({ ...tinyDraft(), formId: 'other-form', title: '別の様式' });
    await nextMillisecond();
    await store.save({ ...tinyDraft({ dantai: '下川村' }), title: title('下川村') ?? '' });
    const titles = (await store.list('tiny-form')).map((draft) => draft.title);
    expect(titles).to.deep.equal(['下川村 令和8年度 小さな様式', '川上村 令和8年度 小さな様式']);
    store.close();
  });

  it('複製すると別の番号の下書きが「（コピー）」付きでできる', async () => {
    const store = await isolatedStore();
    const original = await store.save({ ...tinyDraft({ dantai: '川上村' }), title: '川上村' });
    const copy = await duplicateDraft(store, original.id);
    expect(copy.id).not.to.equal(original.id);
    expect(copy.rev).to.equal(1);
    expect(copy.title).to.equal(`川上村${draftMessages.copySuffix}`);
    expect(copy.data).to.deep.equal(original.data);
    expect((await store.list()).length).to.equal(2);
    store.close();
  });

  it('削除しても「元に戻す」でそのまま戻る', async () => {
    const store = await isolatedStore();
    const original = await store.save(tinyDraft({ dantai: '川上村' }));
    const again = await store.save(original);
    const { deleted, undo } = await deleteDraft(store, again.id);
    expect(deleted?.rev).to.equal(2);
    expect(await store.get(again.id)).to.equal(undefined);
    await undo();
    expect(await store.get(again.id)).to.deep.equal(again);
    let refused: unknown;
    await undo().catch((error) => {
      refused = error;
    });
    expect((refused as Error).message).to.equal(draftMessages.alreadyExists);
    store.close();
  });

  it('前年度の申請から作ると、年度が1年進み、指定の金額は空になり、元の下書きは変わらない', async () => {
    const store = await isolatedStore();
    const last = await store.save({
      ...tinyDraft({
        dantai: '川上村',
        fiscalYear: 2025,
        posts: [
          { title: '保健師', cost: 1_000_000 },
          { title: '保育士', cost: 500_000 },
        ],
      }),
      raw: { 'posts.1.cost': '50万くらい', dantai: 'x' },
    });
    const next = await createFromPreviousYear(store, last, {
      fiscalYearPaths: ['fiscalYear'],
      clearPaths: ['posts.*.cost'],
      title: (data) => tinyForm.draftTitle?.(data as never) ?? '',
    });
    expect(next.id).not.to.equal(last.id);
    expect(next.rev).to.equal(1);
    expect(next.data).to.deep.equal({
      dantai: '川上村',
      fiscalYear: 2026,
      posts: [{ title: '保健師' }, { title: '保育士' }],
    });
    expect(next.raw).to.deep.equal({ dantai: 'x' });
    expect(next.title).to.equal('川上村 令和8年度 小さな様式');
    expect((await store.get(last.id))?.data).to.deep.include({ fiscalYear: 2025 });
    store.close();
  });

  it('年度の欄が空なら年度は空のまま', () => {
    const copy = copyForNextFiscalYear(tinyDraft({ fiscalYear: undefined as never }), {
      fiscalYearPaths: ['fiscalYear', 'missing.year'],
      clearPaths: ['nothing.here'],
    });
    expect(copy.data).to.deep.include({ fiscalYear: undefined });
    expect(copy.data).not.to.have.property('missing');
  });
});
