import { exportDraft, type KnownForm, migrateDraft, openDraft, readDraftFile } from '@koiki/drafts';
import { expect } from '@open-wc/testing';
import { draftV1 } from './fixtures/draft-v1.ts';
import { isolatedStore } from './helpers.ts';

interface V1 {
  dantai: string;
  nendo: number;
  posts: { name: string; cost?: number }[];
}

/** Version 2 of the tiny form: 'nendo' became 'fiscalYear', a post's 'name' became 'title'. */
export const tinyFormV2: KnownForm = {
  schemaVersion: 2,
  migrate: {
    1: (old) => {
      const { nendo, posts, ...rest } = old as V1;
      return {
        ...rest,
        fiscalYear: nendo,
        posts: posts.map(({ name, ...post }) => ({ ...post, title: name })),
      };
    },
  },
};

const forms = { 'tiny-form': tinyFormV2 };

describe('様式の版の移行', () => {
  it('版1で保存した下書きを版2で開くと、入力内容が引き継がれる', async () => {
    const store = await isolatedStore();
    await store.restore(draftV1);
    const opened = await openDraft(store, draftV1.id, forms);
    expect(opened?.ok).to.equal(true);
    if (!opened?.ok) return;
    expect(opened.draft.schemaVersion).to.equal(2);
    expect(opened.draft.data).to.deep.equal({
      dantai: '川上村',
      fiscalYear: 2025,
      posts: [
        { title: '保健師', cost: 1_200_000 },
        { title: '保育士', cost: 800_000 },
      ],
    });
    expect(opened.draft.raw).to.deep.equal({ 'posts.1.cost': '80万くらい' });
    expect(opened.draft.rev).to.equal(4);
    const saved = await store.save(opened.draft);
    expect(saved.schemaVersion).to.equal(2);
    store.close();
  });

  it('版1の書き出しファイルを版2の画面で読み込める', async () => {
    const read = await readDraftFile(await exportDraft(draftV1), { forms });
    expect(read.ok && read.draft.data).to.deep.include({ fiscalYear: 2025 });
  });

  it('新しい版の様式の下書きは開かずに理由を伝える', () => {
    const result = migrateDraft({ ...draftV1, schemaVersion: 3 }, tinyFormV2);
    expect(result).to.deep.equal({
      ok: false,
      message:
        'この下書きは新しい版の様式（版 3）で作られています。この画面は版 2 までです。最新の版の画面で開いてください。',
    });
  });

  it('移行の手順が欠けている・失敗するときは開かずに理由を伝える', () => {
    const gap = migrateDraft(draftV1, { schemaVersion: 3, migrate: tinyFormV2.migrate });
    expect(gap.ok).to.equal(false);
    const broken = migrateDraft(draftV1, {
      schemaVersion: 2,
      migrate: {
        1: () => {
          throw new Error('boom');
        },
      },
    });
    expect(broken.ok === false && broken.message).to.contain('版 1');
  });

  it('この画面で扱わない様式の下書きは開かない', async () => {
    const store = await isolatedStore();
    await store.restore(draftV1);
    const opened = await openDraft(store, draftV1.id, {});
    expect(opened?.ok).to.equal(false);
    store.close();
  });
});
