import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type SessionChange } from '@koiki/engine';
import { type Post, sampleForm } from './sample-form.ts';

const post = (title: string): Post => ({ title, salary: 1_000_000, kind: 'other' });
const titles = (rows: unknown) => (rows as Post[]).map((row) => row.title);

describe('表の行の並べ替え・貼り付け', () => {
  it('行を下へ移すと、読み取れない入力と触れた印も行について動く', () => {
    const session = createSession(sampleForm, {
      data: { applicant: { name: '', fiscalYear: 2026 }, posts: [post('A'), post('B'), post('C')] },
    });
    session.setRaw('posts.0.salary', 'あ');
    session.touch('posts.0.title');
    session.moveRow('posts', 0, 2);
    assert.deepEqual(titles(session.get('posts')), ['B', 'C', 'A']);
    assert.deepEqual(session.raw, { 'posts.2.salary': 'あ' });
    assert.equal(session.isTouched('posts.2.title'), true);
    assert.equal(session.isTouched('posts.0.title'), false);
  });

  it('範囲外への移動は何も変えない', () => {
    const session = createSession(sampleForm, {
      data: { applicant: { name: '', fiscalYear: 2026 }, posts: [post('A'), post('B')] },
    });
    const before = session.data;
    session.moveRow('posts', 1, 2);
    session.moveRow('posts', -1, 0);
    assert.equal(session.data, before);
  });

  it('貼り付けた行は1回の変更で、1回の「元に戻す」で元に戻る', () => {
    const session = createSession(sampleForm, {
      data: { applicant: { name: '', fiscalYear: 2026 }, posts: [post('A')] },
    });
    session.setRaw('posts.0.salary', '古い');
    const changes: SessionChange[] = [];
    session.subscribe((change) => changes.push(change));
    session.replaceRows('posts', [post('A'), post('B'), { title: 'C' }], { '2.salary': '百万' });
    assert.deepEqual(changes, [{ kind: 'data', path: 'posts' }]);
    assert.deepEqual(titles(session.get('posts')), ['A', 'B', 'C']);
    assert.deepEqual(session.raw, { 'posts.2.salary': '百万' });
    assert.equal(session.undo(), true);
    assert.deepEqual(titles(session.get('posts')), ['A']);
    assert.deepEqual(session.raw, { 'posts.0.salary': '古い' });
  });

  it('1つのセルの変更は、そのセルのパスで知らされる', () => {
    const session = createSession(sampleForm, {
      data: { applicant: { name: '', fiscalYear: 2026 }, posts: [post('A'), post('B')] },
    });
    const changes: SessionChange[] = [];
    session.subscribe((change) => changes.push(change));
    session.set('posts.1.salary', 2_000_000);
    assert.deepEqual(changes, [{ kind: 'data', path: 'posts.1.salary' }]);
  });
});
