import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  columnTotal,
  indexAfterMove,
  insertAt,
  keepEqualRows,
  moveItem,
  reindexCells,
  removeAt,
} from '../../../packages/kit/src/fields/repeatable-rows/row-operations.ts';

describe('行の操作（純粋関数）', () => {
  it('挿入・削除・移動は新しい配列を返し、元の配列を変えない', () => {
    const list = ['a', 'b', 'c'] as const;
    assert.deepEqual(insertAt(list, 1, 'x'), ['a', 'x', 'b', 'c']);
    assert.deepEqual(removeAt(list, 1), ['a', 'c']);
    assert.deepEqual(moveItem(list, 0, 2), ['b', 'c', 'a']);
    assert.deepEqual(moveItem(list, 2, 0), ['c', 'a', 'b']);
    assert.deepEqual(moveItem(list, 0, 5), ['a', 'b', 'c'], '範囲外には動かさない');
    assert.deepEqual(list, ['a', 'b', 'c']);
  });

  it('移動に合わせて各行の番号が付け替わる', () => {
    const moved = ['a', 'b', 'c', 'd'].map((_, i) => indexAfterMove(i, 0, 2));
    assert.deepEqual(moved, [2, 0, 1, 3]);
    const back = ['a', 'b', 'c', 'd'].map((_, i) => indexAfterMove(i, 3, 1));
    assert.deepEqual(back, [0, 2, 3, 1]);
  });

  it('セルの入力（"行.項目"）は削除した行の分が消え、後ろの行が詰まる', () => {
    const raw = { '0.amount': 'あ', '1.amount': 'い', '2.item': 'う' };
    const after = reindexCells(raw, (i) => (i === 1 ? undefined : i > 1 ? i - 1 : i));
    assert.deepEqual(after, { '0.amount': 'あ', '1.item': 'う' });
  });

  it('金額の列の合計は空欄や読めない欄を 0 として足す', () => {
    const rows = [{ amount: 120_000 }, { amount: undefined }, { amount: 'x' }, { amount: 300_000 }];
    assert.equal(columnTotal(rows, 'amount'), 420_000);
  });
});

describe('keepEqualRows（渡し直された行のうち変わらない行はそのまま使う）', () => {
  it('値が同じ行は前の行のオブジェクトになり、変わった行だけが新しい', () => {
    const previous = [
      { item: '旅費', amount: 1 },
      { item: '謝金', tags: ['a'] },
      { item: '委託料' },
    ];
    const next = [
      { item: '旅費', amount: 1 },
      { item: '謝金', tags: ['a'], note: undefined },
      { item: '委託料', amount: 5 },
    ];
    const kept = keepEqualRows(previous, next);
    assert.equal(kept[0], previous[0]);
    assert.equal(kept[1], previous[1]);
    assert.equal(kept[2], next[2]);
  });

  it('同じものが1つもなければ渡された配列をそのまま返す', () => {
    const next = [{ item: '旅費', amount: 2 }];
    assert.equal(keepEqualRows([{ item: '旅費', amount: 1 }], next), next);
    assert.equal(keepEqualRows([{ tags: ['a'] }], [{ tags: ['b'] }])[0]?.tags?.[0], 'b');
  });
});
