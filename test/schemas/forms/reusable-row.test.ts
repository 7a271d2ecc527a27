// A reusable row's check is taken from the last parse while its object is unchanged, and only when
// the caller passes a store. These tests fail if zod stops calling a row's `_zod.run` with the
// context `safeParse` was given, or changes what a row's result holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reusableRow, reusableTable, specialistDispatchContract } from '@koiki/schemas';
import * as z from 'zod/mini';
import { manyCostRows } from '../../bench/bench-drafts.ts';

const checked: unknown[] = [];

const row = reusableRow(
  z
    .object({
      name: z.string().check(z.minLength(1, '名前を入力してください。')),
      amount: z.int().check(z.nonnegative('0円以上で入力してください。')),
    })
    .check(
      z.refine((value) => {
        checked.push(value.name);
        return value.amount !== 13;
      }, '13円は使えません。'),
    ),
);

const form = z.object({ rows: z.array(row), total: z.optional(z.int()) }).check(
  z.superRefine((value, ctx) => {
    const sum = value.rows.reduce((total, item) => total + item.amount, 0);
    if (value.total !== undefined && value.total !== sum) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: `合計は${sum}円です。` });
    }
    const names = value.rows.map((item) => item.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'name'], message: '重複' });
      }
    });
  }),
);

type Data = { rows: { name: string; amount: number }[]; total?: number };

function issuesOf(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  return result.success ? [] : result.error?.issues;
}

describe('reusableRow: 変わっていない行の検査結果を使い回す', () => {
  it('保存庫を渡すと、変わった行だけを検査し、結果は毎回すべて検査したときと同じ', () => {
    const reuse = { rowResults: new WeakMap<object, unknown>() };
    const first: Data = {
      rows: [
        { name: 'a', amount: 1 },
        { name: '', amount: -1 },
        { name: 'a', amount: 13 },
      ],
      total: 0,
    };
    checked.length = 0;
    const before = form.safeParse(first, reuse as z.core.ParseContext<z.core.$ZodIssue>);
    assert.deepEqual(checked, ['a', '', 'a']);
    assert.deepEqual(issuesOf(before), issuesOf(form.safeParse(first)));

    // One row changed (as a session's edit does: a new array, the other rows the same objects).
    const second: Data = {
      ...first,
      rows: [first.rows[0]!, { name: 'b', amount: 2 }, first.rows[2]!],
    };
    checked.length = 0;
    const again = form.safeParse(second, reuse as z.core.ParseContext<z.core.$ZodIssue>);
    assert.deepEqual(checked, ['b']);
    const fresh = form.safeParse(second);
    assert.deepEqual(issuesOf(again), issuesOf(fresh));
    assert.deepEqual(again.data, fresh.data);
    // The reused issues keep their own paths however often they are handed out.
    const third = form.safeParse(second, reuse as z.core.ParseContext<z.core.$ZodIssue>);
    assert.deepEqual(issuesOf(third), issuesOf(fresh));
    assert.deepEqual(
      issuesOf(third)?.map((issue) => (issue as { path: unknown[] }).path.join('.')),
      ['rows.2', 'total', 'rows.2.name'],
    );
  });

  it('保存庫を渡さなければ、毎回すべての行を検査する（サーバや CLI の検査）', () => {
    const data: Data = {
      rows: [
        { name: 'x', amount: 1 },
        { name: 'y', amount: 2 },
      ],
    };
    form.safeParse(data);
    checked.length = 0;
    form.safeParse(data);
    assert.deepEqual(checked, ['x', 'y']);
  });

  it('同じ行でも、別の行スキーマの結果は使わない', () => {
    const other = reusableRow(
      z.object({ name: z.string().check(z.maxLength(0, '空にしてください。')) }),
    );
    const reuse = { rowResults: new WeakMap<object, unknown>() };
    const shared = { name: 'a', amount: 1 };
    form.safeParse({ rows: [shared] }, reuse as z.core.ParseContext<z.core.$ZodIssue>);
    const result = z
      .array(other)
      .safeParse([shared], reuse as z.core.ParseContext<z.core.$ZodIssue>);
    assert.deepEqual(issuesOf(result), issuesOf(z.array(other).safeParse([shared])));
    assert.equal(result.success, false);
  });

  it('reusableTable: 配列ごと変わっていない表は、行を1つずつ見ることもしない', () => {
    const seen: unknown[] = [];
    const tableRow = z.object({ name: z.string() }).check(
      z.refine((value) => {
        seen.push(value.name);
        return value.name !== '';
      }, '名前を入力してください。'),
    );
    const claim = z.object({ title: z.string(), rows: reusableTable(tableRow) });
    const reuse = {
      rowResults: new WeakMap<object, unknown>(),
    } as z.core.ParseContext<z.core.$ZodIssue>;
    const rows = [{ name: 'a' }, { name: '' }];
    claim.safeParse({ title: 'x', rows }, reuse);
    seen.length = 0;
    const again = claim.safeParse({ title: 'y', rows }, reuse);
    assert.deepEqual(seen, []);
    assert.deepEqual(issuesOf(again), issuesOf(claim.safeParse({ title: 'y', rows })));
    assert.equal(issuesOf(again)?.length, 1);
  });

  it('様式の検査（日本語の文言）: 200行の1行を変えても、問題の一覧は全体の検査と一致する', () => {
    const validator = specialistDispatchContract.validator;
    const reuse = { rowResults: new WeakMap<object, unknown>() };
    const data = manyCostRows(200) as { recruitmentItems: { amount: unknown }[] };
    validator.safeParse(data, reuse);
    const items = [...data.recruitmentItems];
    items[100] = { ...items[100], amount: -5 };
    items[7] = { ...items[7], amount: 'x' };
    const edited = { ...data, recruitmentItems: items };
    const reused = validator.safeParse(edited, reuse);
    const fresh = validator.safeParse(edited);
    assert.equal(reused.success, false);
    assert.deepEqual(reused.error?.issues, fresh.error?.issues);
    assert.ok((fresh.error?.issues.length ?? 0) >= 2);
  });
});
