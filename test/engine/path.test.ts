// Dotted paths into form data: read, write and remove without touching older snapshots.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getAt, removeAt, setAt } from '../../packages/engine/src/path.ts';

const data = { posts: [{ salary: 1 }, { salary: 2 }], contact: { name: '山田' } };

describe('データのパス', () => {
  it('配列の何番目も、入れ子の値も読め、ないところは undefined', () => {
    assert.equal(getAt(data, 'posts.1.salary'), 2);
    assert.equal(getAt(data, 'contact.name'), '山田');
    assert.equal(getAt(data, ''), data);
    assert.equal(getAt(data, 'posts.5.salary'), undefined);
    assert.equal(getAt(data, 'contact.name.first'), undefined);
  });

  it('書くと、その道筋だけが写しになり、元のデータは変わらない', () => {
    const next = setAt(data, 'posts.1.salary', 3);
    assert.equal(getAt(next, 'posts.1.salary'), 3);
    assert.equal(data.posts[1]?.salary, 2);
    assert.equal(next.posts[0], data.posts[0]);
    assert.equal(next.contact, data.contact);
    const created = setAt<{ rows?: unknown }>({}, 'rows.0.amount', 5);
    assert.ok(Array.isArray(created.rows), '数の段は配列を作る');
  });

  it('消すと、配列はその位置を空け、オブジェクトはキーを除き、元は変わらない', () => {
    const withoutSalary = removeAt(data, 'posts.0.salary');
    assert.deepEqual(withoutSalary.posts[0], {});
    assert.deepEqual(data.posts[0], { salary: 1 });
    const withoutPost = removeAt(data, 'posts.0');
    assert.equal(withoutPost.posts.length, 2);
    assert.equal(withoutPost.posts[0], undefined);
    assert.deepEqual(removeAt(data, 'contact.phone'), data, 'ないものを消しても同じ中身');
  });

  it('ないものを消しても何も写さない（変わらない行はそのまま：行ごとの検査の使い回しが効く）', () => {
    assert.equal(removeAt(data, 'contact.phone'), data);
    assert.equal(removeAt(data, 'posts.1.bonus'), data);
    assert.equal(removeAt(data, 'posts.7.salary'), data);
    const withoutSalary = removeAt(data, 'posts.0.salary');
    assert.notEqual(withoutSalary, data);
    assert.equal(withoutSalary.posts[1], data.posts[1], '消していない行は同じもの');
    assert.equal(withoutSalary.contact, data.contact);
  });

  it('__proto__ などの名前は読むときも書くときも消すときも断る', () => {
    assert.throws(() => getAt(data, '__proto__.polluted'));
    assert.throws(() => setAt(data, 'a.__proto__.polluted', 1));
    assert.throws(() => removeAt(data, 'constructor.prototype'));
  });
});
