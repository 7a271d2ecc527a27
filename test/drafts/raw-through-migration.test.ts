// Raw text (input that could not be parsed) follows its field when a migration moves it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DraftRecord, type KnownForm, migrateDraft } from '@koiki/drafts';

const draft = (data: unknown, raw: Record<string, string>): DraftRecord => ({
  id: 'd1',
  formId: 'tiny-form',
  schemaVersion: 1,
  rev: 3,
  data,
  raw,
  step: 'main',
  attachments: [],
  title: '小さな様式',
  updatedAt: '2026-11-20T09:00:00.000Z',
});

/** Version 2 moves the one 協約 into a list and copies its 派遣先 to every post. */
const listForm: KnownForm = {
  schemaVersion: 2,
  migrate: {
    1: (old) => {
      const { agreement, recipient, posts, ...rest } = old as {
        agreement: unknown;
        recipient: { code?: unknown };
        posts: object[];
      };
      return {
        ...rest,
        agreements: [agreement],
        posts: posts.map((post) => ({ ...post, recipient: recipient.code })),
      };
    },
  },
};

describe('移行と読み取れなかった入力', () => {
  it('読み取れなかった日付は、移った項目のパスに付いていく', () => {
    const old = draft(
      { agreement: { name: '協約A' }, recipient: {}, posts: [{ name: '保健師' }] },
      { 'agreement.concludedDate': '令和7年3月末頃' },
    );
    const migrated = migrateDraft(old, listForm);
    assert.ok(migrated.ok);
    assert.deepEqual(migrated.draft.raw, { 'agreements.0.concludedDate': '令和7年3月末頃' });
    assert.deepEqual(migrated.draft.data, {
      agreements: [{ name: '協約A' }],
      posts: [{ name: '保健師' }],
    });
    assert.equal(migrated.draft.rev, 3);
  });

  it('移行で複数の項目に写された入力は、それぞれの項目に残る', () => {
    const old = draft(
      { agreement: {}, recipient: {}, posts: [{ name: '保健師' }, { name: '保育士' }] },
      { 'recipient.code': 'かわかみ' },
    );
    const migrated = migrateDraft(old, listForm);
    assert.ok(migrated.ok);
    assert.deepEqual(migrated.draft.raw, {
      'posts.0.recipient': 'かわかみ',
      'posts.1.recipient': 'かわかみ',
    });
  });

  it('移行先のない入力や、値と重なる入力は、元のパスのまま残り失われない', () => {
    const dropAll: KnownForm = { schemaVersion: 2, migrate: { 1: () => ({}) } };
    const old = draft(
      { cost: 800_000, note: {} },
      { cost: '80万くらい', 'note.text': 'あとで', 'missing.parent.field': '不明' },
    );
    const migrated = migrateDraft(old, dropAll);
    assert.ok(migrated.ok);
    assert.deepEqual(migrated.draft.raw, {
      cost: '80万くらい',
      'note.text': 'あとで',
      'missing.parent.field': '不明',
    });
    assert.deepEqual(migrated.draft.data, {});
  });

  it('元の下書きのデータは書き換えない', () => {
    const data = { agreement: { name: '協約A' }, recipient: {}, posts: [] };
    const before = structuredClone(data);
    migrateDraft(draft(data, { 'agreement.concludedDate': '3月末' }), listForm);
    assert.deepEqual(data, before);
  });
});
