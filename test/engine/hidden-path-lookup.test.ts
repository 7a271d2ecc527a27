// The session asks "is this path hidden?" for every cell a table draws: the set look-up must give
// the same answer as the plain scan over the hidden paths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnderAny, isUnderAnyOf } from '../../packages/engine/src/visibility.ts';

const hidden = ['posts.2.burden', 'contact', 'costs.10'];
const paths = [
  'posts.2.burden',
  'posts.2.burden.note',
  'posts.2.burdenNote',
  'posts.2',
  'posts.12.burden',
  'contact',
  'contact.phone',
  'contacts',
  'costs.10.amount',
  'costs.1.amount',
  'costs.100',
  '',
];

describe('隠れた欄の判定（集合での検索）', () => {
  it('隠れた欄とその中の値だけが隠れ、名前が似ているだけの欄は隠れない', () => {
    const set = new Set(hidden);
    for (const path of paths) {
      assert.equal(isUnderAnyOf(path, set), isUnderAny(path, hidden), path);
    }
    assert.equal(isUnderAnyOf('posts.2.burden.note', set), true);
    assert.equal(isUnderAnyOf('posts.2.burdenNote', set), false);
    assert.equal(isUnderAnyOf('costs.100', set), false);
  });

  it('何も隠れていなければどの欄も見える', () => {
    assert.equal(isUnderAnyOf('posts.0.title', new Set()), false);
  });
});
