// A definition writes no text limit: each text field's maxLength is the schema's, at its path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '@koiki/engine';
import { formRegistry } from '@koiki/forms';
import { maxLengthAt } from '@koiki/schemas';
import { fieldPaths } from './schema-paths.ts';

// Every registered form, with the fields of its own contract.
const forms = await Promise.all(
  formRegistry.map(async (entry) => ({
    definition: (await entry.load()).definition as FormDefinition<unknown>,
    fields: (await entry.contract()).fields,
  })),
);

/** Every field of a definition with its data path, rows as '0'. */
function fieldsWithPaths(definition: FormDefinition<unknown>) {
  const byPath = new Map<string, { maxLength?: number }[]>();
  const walk = (
    fields: readonly { path: string; maxLength?: number; fields?: unknown[] }[],
    prefix: string,
  ) => {
    for (const field of fields) {
      const path = prefix + field.path;
      byPath.set(path, [...(byPath.get(path) ?? []), field]);
      if (field.fields) walk(field.fields as typeof fields, `${path}.0.`);
    }
  };
  for (const step of definition.steps) walk(step.fields, '');
  return byPath;
}

describe('定義の文字数の上限は schema から読む', () => {
  for (const { definition, fields: schema } of forms) {
    it(`${definition.id}: 文字を入力する項目の上限は schema の上限と同じ`, () => {
      const fields = fieldsWithPaths(definition);
      const texts = fieldPaths(definition.steps.flatMap((step) => step.fields)).filter(
        ([, control]) => control === 'text' || control === 'textarea',
      );
      assert.ok(texts.length > 5);
      for (const [path] of texts) {
        const limit = maxLengthAt(schema, path);
        assert.ok(limit !== undefined, `${path}: schema に上限がない`);
        for (const field of fields.get(path) ?? []) assert.equal(field.maxLength, limit, path);
      }
    });
  }
});
