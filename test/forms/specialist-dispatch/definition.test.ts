// The form's questions against the schema: every data item asked, every question about real data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDefinition, type FieldDefinition } from '@koiki/engine';
import { specialistDispatchFields } from '@koiki/schemas';
import { specialistDispatchDefinition as definition } from '../../../forms/specialist-dispatch/definition.ts';
import { fieldPaths, leafPaths } from '../schema-paths.ts';

const allFields = definition.steps.flatMap((step) =>
  fieldPaths(step.fields as FieldDefinition<unknown>[]),
);
const asked = allFields.filter(([, control]) => control !== 'info' && control !== 'rows');
const schemaLeaves = leafPaths(specialistDispatchFields);

// The attachment control fills whole rows of file metadata from the chosen files.
const coveredByAttachment = (leaf: string) =>
  asked.some(([path, control]) => control === 'attachment' && leaf.startsWith(`${path}.0.`));

// 'info' fields show derived text; some stand at an object's path so the schema's issue about
// the whole object (協定・覚書, the two confirmations) appears there, others have no data at all.
const derivedInfo = new Set(['agreement.notifiedTo', 'recipient.eligibility']);

describe('専門人材派遣の様式と schema の対応', () => {
  it('どのデータも、ちょうど1つの質問で尋ねる（2つの質問が同じ値を書かない）', () => {
    assert.deepEqual(checkDefinition(definition, schemaLeaves), []);
  });

  it('schema のデータ項目はすべて、どこかの質問で尋ねている', () => {
    const unasked = schemaLeaves.filter(
      (leaf) => !asked.some(([path]) => path === leaf) && !coveredByAttachment(leaf),
    );
    assert.deepEqual(unasked, []);
  });

  it('質問はすべて schema にあるデータを指している', () => {
    const leaves = new Set(schemaLeaves);
    const objects = new Set(schemaLeaves.flatMap((leaf) => prefixes(leaf)));
    const unknown = allFields.filter(([path, control]) => {
      if (control === 'info') return !objects.has(path) && !derivedInfo.has(path);
      if (control === 'rows' || control === 'attachment') return !objects.has(path);
      return !leaves.has(path);
    });
    assert.deepEqual(unknown, []);
  });

  it('手順の id は重複せず、はじめに・算定結果・確認・完了の種類がある', () => {
    const ids = definition.steps.map((step) => step.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      definition.steps.map((step) => step.kind ?? 'form'),
      ['intro', 'form', 'form', 'form', 'form', 'form', 'amounts', 'form', 'review', 'done'],
    );
  });

  it('ラベルとヒントに英語の語が紛れていない', () => {
    const texts = definition.steps.flatMap((step) => [
      step.title,
      ...(step.description ?? []),
      ...labelsOf(step.fields as FieldDefinition<unknown>[]),
    ]);
    // Format examples may hold an email address, PDF/JPEG/PNG and 西暦 dates; nothing else in Latin letters.
    const latin = texts.flatMap(
      (text) => text.replace(/[\w.]+@[\w.]+|PDF|JPEG|PNG/g, '').match(/[A-Za-z]{2,}/g) ?? [],
    );
    assert.deepEqual(latin, []);
  });

  it('例の書式をヒントに示す（日付・金額）', () => {
    const fields = definition.steps.flatMap((step) =>
      flatFields(step.fields as FieldDefinition<unknown>[]),
    );
    for (const field of fields.filter((f) => f.control === 'date' || f.control === 'yen')) {
      assert.match(field.hint ?? '', /例：/, field.path);
    }
  });
});

function prefixes(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

function flatFields(fields: readonly FieldDefinition<unknown>[]): FieldDefinition<unknown>[] {
  return fields.flatMap((field) => [field, ...flatFields(field.fields ?? [])]);
}

function labelsOf(fields: readonly FieldDefinition<unknown>[]): string[] {
  return flatFields(fields).flatMap((field) => [
    field.label,
    field.hint ?? '',
    field.note ?? '',
    ...(field.options ?? []).map((option) => option.label),
  ]);
}
