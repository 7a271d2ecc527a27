// `koiki schema` must not change when the schemas' zod build does: the JSON Schema of each form is
// compared byte for byte with the output recorded before the move to zod/mini.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { type FormId, formIds, formJsonSchema } from '@koiki/schemas';

const recorded = (formId: FormId) =>
  readFile(new URL(`../../fixtures/json-schema/${formId}.json`, import.meta.url), 'utf8');

describe('JSON Schema は記録した出力と1バイトも違わない', () => {
  for (const formId of formIds) {
    it(formId, async () => {
      const printed = `${JSON.stringify(formJsonSchema(formId), null, 2)}\n`;
      assert.equal(printed, await recorded(formId));
    });
  }
});
