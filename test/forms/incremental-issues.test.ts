// A session checks only what changed (rows unchanged since the last check are reused): after every
// edit of a seeded random series, its issues and amounts must be exactly those of a fresh session
// checking the same data and raw text whole — for every registered form, from its examples (and
// 200 募集経費 rows for 専門人材派遣).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSession, type FormDefinition, type FormSession } from '@koiki/engine';
import { formRegistry } from '@koiki/forms';
import { manyCostRows } from '../bench/bench-drafts.ts';
import { readExample } from './form-examples.ts';

const editsPerExample = 40;

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every leaf path and every array of rows in `data`. */
function pathsOf(data: Json, prefix = '', leaves: string[] = [], tables: string[] = []) {
  if (Array.isArray(data)) {
    if (data.some(isObject)) tables.push(prefix);
    data.forEach((item, index) => {
      pathsOf(item, `${prefix}.${index}`, leaves, tables);
    });
  } else if (isObject(data)) {
    for (const [key, value] of Object.entries(data)) {
      pathsOf(value, prefix === '' ? key : `${prefix}.${key}`, leaves, tables);
    }
  } else if (prefix !== '') leaves.push(prefix);
  return { leaves, tables };
}

/** 'posts.2.occupation' → 'posts.*.occupation': values met at one question, across examples. */
const shapeOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');

/** Every value each question has in any of the form's examples (choices that show or hide others). */
function valuePool(examples: readonly Json[]): Map<string, Json[]> {
  const pool = new Map<string, Json[]>();
  const add = (path: string, value: Json) => {
    const list = pool.get(shapeOf(path)) ?? [];
    if (!list.some((known) => Object.is(known, value))) list.push(value);
    pool.set(shapeOf(path), list);
  };
  for (const example of examples) {
    const { leaves, tables } = pathsOf(example);
    for (const path of leaves) add(path, valueAt(example, path));
    for (const path of tables) {
      for (const row of valueAt(example, path) as Json[]) add(`${path}.*`, row);
    }
  }
  return pool;
}

function valueAt(data: Json, path: string): Json {
  return path.split('.').reduce<Json>((node, key) => (node as Record<string, Json>)?.[key], data);
}

const oddValues: Json[] = [undefined, '', -1, 0, 13, 'abc', '2026-04-01', '𠮷', true, false];

interface Edit {
  describe: string;
  apply(session: FormSession<unknown>): void;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** One random edit on the session's data as it is now. */
function randomEdit(
  next: () => number,
  session: FormSession<unknown>,
  pool: Map<string, Json[]>,
): Edit {
  const { leaves, tables } = pathsOf(session.data);
  const roll = next();
  const leaf = leaves.length > 0 ? pick(next, leaves) : undefined;
  const table = tables.length > 0 ? pick(next, tables) : undefined;
  const rows = table === undefined ? [] : (session.get(table) as Json[]);
  if (roll < 0.45 && leaf !== undefined) {
    // Values this question has elsewhere (duplicates across rows, choices that show or hide).
    const known = pool.get(shapeOf(leaf)) ?? [];
    const value = next() < 0.7 && known.length > 0 ? pick(next, known) : pick(next, oddValues);
    return { describe: `set ${leaf} ${JSON.stringify(value)}`, apply: (s) => s.set(leaf, value) };
  }
  if (roll < 0.55 && leaf !== undefined) {
    return { describe: `setRaw ${leaf}`, apply: (s) => s.setRaw(leaf, '読めない値') };
  }
  if (roll < 0.65 && table !== undefined) {
    const template = pick(next, pool.get(`${shapeOf(table)}.*`) ?? [{}]);
    return {
      describe: `addRow ${table}`,
      apply: (s) => s.addRow(table, structuredClone(template)),
    };
  }
  if (roll < 0.75 && table !== undefined && rows.length > 0) {
    const index = Math.floor(next() * rows.length);
    return { describe: `removeRow ${table} ${index}`, apply: (s) => s.removeRow(table, index) };
  }
  if (roll < 0.83 && table !== undefined && rows.length > 1) {
    const from = Math.floor(next() * rows.length);
    const to = Math.floor(next() * rows.length);
    return { describe: `moveRow ${table} ${from} ${to}`, apply: (s) => s.moveRow(table, from, to) };
  }
  if (roll < 0.93) return { describe: 'undo', apply: (s) => s.undo() };
  return { describe: 'redo', apply: (s) => s.redo() };
}

/** What a fresh session, checking everything, says of the same data and raw text. */
function wholeCheck(definition: FormDefinition<unknown>, session: FormSession<unknown>) {
  const fresh = createSession(definition, { data: session.data, raw: session.raw });
  return { issues: fresh.validateAll(), amounts: fresh.amounts };
}

function run(
  definition: FormDefinition<unknown>,
  data: Json,
  pool: Map<string, Json[]>,
  seed: number,
) {
  const next = random(seed);
  const session = createSession(definition, { data: structuredClone(data) as never });
  const done: string[] = [];
  for (let i = 0; i < editsPerExample; i++) {
    // Checked before each edit too, so that the session has rows to reuse.
    session.validateAll();
    void session.amounts;
    const edit = randomEdit(next, session, pool);
    edit.apply(session);
    done.push(edit.describe);
    const expected = wholeCheck(definition, session);
    const context = `seed ${seed}, edits:\n  ${done.join('\n  ')}`;
    assert.deepEqual(session.validateAll(), expected.issues, context);
    assert.deepEqual(session.amounts, expected.amounts, context);
  }
}

describe('行ごとに使い回す検査は、毎回の全体の検査と同じ結果になる', () => {
  for (const entry of formRegistry) {
    it(`${entry.id}: 例ごとに無作為な40回の編集のあと、問題と措置額が全体の検査と一致する`, async () => {
      const { definition } = await entry.load();
      const listed = await entry.examples();
      const files = [...listed.valid, ...Object.keys(listed.invalid)];
      const examples = files.map((file) => readExample(entry.id, file));
      if (entry.id === 'specialist-dispatch') examples.push(manyCostRows(200));
      const pool = valuePool(examples);
      examples.forEach((example, index) => {
        run(definition as FormDefinition<unknown>, example, pool, 1000 * (index + 1));
      });
    });
  }
});
