// The form's questions against the schema: every data item asked, every question about real data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDefinition, type FieldDefinition } from '@koiki/engine';
import { consolidationFields } from '@koiki/schemas';
import { consolidationClaimDefinition as definition } from '../../../forms/consolidation-claim/definition.ts';
import { fieldPaths, leafPaths } from '../schema-paths.ts';

const allFields = definition.steps.flatMap((step) =>
  fieldPaths(step.fields as FieldDefinition<unknown>[]),
);
const asked = allFields.filter(([, control]) => control !== 'info' && control !== 'rows');
const schemaLeaves = leafPaths(consolidationFields);

// The attachment control fills whole rows of file metadata from the chosen files; a checkbox
// group answers a whole array of choices ('stages' holds 'stages.0', 'stages.1').
const coveredAsWhole = (leaf: string) =>
  asked.some(
    ([path, control]) =>
      (control === 'attachment' && leaf.startsWith(`${path}.0.`)) ||
      (control === 'checkbox' && leaf === `${path}.0`),
  );

// 'info' fields that show derived text and hold no data of their own.
const derivedInfo = new Set([
  'initiative.partyCount',
  'floorAreaChange',
  'stagesEligibility',
  'completionFiscalYear',
  'smoothingWindow',
]);

describe('集約化等の様式と schema の対応', () => {
  it('どのデータも、ちょうど1つの質問で尋ねる（2つの質問が同じ値を書かない）', () => {
    assert.deepEqual(checkDefinition(definition, schemaLeaves), []);
  });

  it('schema のデータ項目はすべて、どこかの質問で尋ねている', () => {
    const unasked = schemaLeaves.filter(
      (leaf) => !asked.some(([path]) => path === leaf) && !coveredAsWhole(leaf),
    );
    // Every data item is the user's answer: none is derived, so none is left out on purpose.
    assert.deepEqual(unasked, []);
    assert.ok(schemaLeaves.includes('sourceFacilities.0.floorArea'));
  });

  it('質問はすべて schema にあるデータを指している', () => {
    const leaves = new Set(schemaLeaves);
    const objects = new Set(schemaLeaves.flatMap((leaf) => prefixes(leaf)));
    const unknown = allFields.filter(([path, control]) => {
      if (control === 'info') return !objects.has(path) && !derivedInfo.has(path);
      if (control === 'rows' || control === 'attachment' || control === 'checkbox')
        return !objects.has(path);
      return !leaves.has(path);
    });
    assert.deepEqual(unknown, []);
  });

  it('導出した情報の欄は、schema のデータと重ならない', () => {
    for (const path of derivedInfo) {
      assert.ok(!schemaLeaves.some((leaf) => leaf === path || leaf.startsWith(`${path}.`)), path);
    }
  });

  it('手順は issue 8 の順：はじめに・申請団体・取組・施設・措置区分・2つの経費・算定結果・添付・確認・完了', () => {
    assert.deepEqual(
      definition.steps.map((step) => [step.id, step.kind ?? 'form']),
      [
        ['intro', 'intro'],
        ['applicant', 'form'],
        ['initiative', 'form'],
        ['facilities', 'form'],
        ['stages', 'form'],
        ['research', 'form'],
        ['smoothing', 'form'],
        ['amounts', 'amounts'],
        ['attachments', 'form'],
        ['review', 'review'],
        ['done', 'done'],
      ],
    );
  });

  it('はじめにで、対象と2つの段階と用意するものを説明する', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /\(1\) 調査検討経費/);
    assert.match(intro, /\(2\) 円滑化経費/);
    assert.match(intro, /手元に用意するもの/);
    assert.match(intro, /下書き/);
  });

  it('率と上限は算定表から示す（0.5・5,000,000円、0.8・50,000,000円・5年度間）', () => {
    const intro = (definition.steps[0]?.description ?? []).join('\n');
    assert.match(intro, /経費の0\.5（1団体あたり5,000,000円まで）/);
    assert.match(
      intro,
      /経費の0\.8（集約化等1件・1団体あたり、完了年度から5年度間で合計50,000,000円まで）/,
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

  it('例の書式をヒントに示す（日付・金額・年度・延床面積）', () => {
    const fields = definition.steps.flatMap((step) =>
      flatFields(step.fields as FieldDefinition<unknown>[]),
    );
    const shown = fields.filter(
      (f) =>
        f.control === 'date' ||
        f.control === 'yen' ||
        f.control === 'fiscal-year' ||
        f.path.endsWith('floorArea'),
    );
    assert.ok(shown.length >= 10);
    for (const field of shown) assert.match(field.hint ?? '', /例：/, field.path);
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
