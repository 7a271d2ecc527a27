// The JSON Schema a portal in another language checks the payload with: it carries the limits the
// schema checks (each text's maxLength, the fiscal-year range, the staff-count range, the lists).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, TEXT_LIMITS } from '@koiki/schemas';
import {
  COST_CATEGORIES,
  STAFF_COUNT_LIMITS,
  TRAINING_KINDS,
  TRAINING_TEXT_LIMITS,
  trainingClaimContract,
} from '@koiki/schemas/forms/training-claim';
import { toJSONSchema } from 'zod/mini';

type Node = { [key: string]: unknown };

const schema = toJSONSchema(trainingClaimContract.fields, {
  target: 'draft-2020-12',
  io: 'input',
}) as Node;

/** The node at 'programmes.*.purpose' ('*' steps into an array's items). */
function at(path: string): Node {
  let node = schema;
  for (const part of path.split('.')) {
    node = (part === '*' ? node.items : (node.properties as Node)[part]) as Node;
    assert.ok(node, path);
  }
  return node;
}

describe('研修の JSON Schema', () => {
  it('文字数の上限を載せる（様式の上限と共有の上限）', () => {
    assert.equal(at('programmes.*.purpose').maxLength, TRAINING_TEXT_LIMITS.purpose);
    assert.equal(at('programmes.*.schedule').maxLength, TRAINING_TEXT_LIMITS.schedule);
    assert.equal(at('challenges.*.planLocation').maxLength, TRAINING_TEXT_LIMITS.location);
    assert.equal(at('programmes.*.targetPlace.location').maxLength, TRAINING_TEXT_LIMITS.location);
    assert.equal(at('policy.name').maxLength, TEXT_LIMITS.title);
    assert.equal(at('challenges.*.name').maxLength, TEXT_LIMITS.name);
    assert.equal(at('remarks').maxLength, TEXT_LIMITS.remarks);
  });

  it('年度の範囲を載せる（対象年度と数値目標の年度）', () => {
    for (const path of ['fiscalYear', 'programmes.*.targetFiscalYear']) {
      assert.equal(at(path).minimum, FIRST_FISCAL_YEAR, path);
      assert.equal(at(path).maximum, LAST_FISCAL_YEAR, path);
    }
  });

  it('数値目標の人数は整数で、範囲を載せる', () => {
    for (const path of ['programmes.*.staffTarget', 'participants.*.staffTarget']) {
      assert.equal(at(path).type, 'integer', path);
      assert.equal(at(path).minimum, STAFF_COUNT_LIMITS.min, path);
      assert.equal(at(path).maximum, STAFF_COUNT_LIMITS.max, path);
    }
  });

  it('選択肢を enum で載せ、数値目標は必須の項目', () => {
    assert.deepEqual(at('trainingKind').enum, [...TRAINING_KINDS]);
    assert.deepEqual(at('costItems.*.category').enum, [...COST_CATEGORIES]);
    assert.ok((at('programmes.*').required as string[]).includes('staffTarget'));
  });
});
