// `koiki schema` must not change when the schemas' zod build does: the JSON Schema of each form is
// compared byte for byte with the output recorded before the move to zod/mini (for the two forms
// there were then).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { consolidationContract, formJsonSchema, specialistDispatchContract } from '@koiki/schemas';

const recorded = (formId: string) =>
  readFile(new URL(`../../fixtures/json-schema/${formId}.json`, import.meta.url), 'utf8');

describe('JSON Schema は記録した出力と1バイトも違わない', () => {
  for (const contract of [specialistDispatchContract, consolidationContract]) {
    it(contract.id, async () => {
      const printed = `${JSON.stringify(formJsonSchema(contract), null, 2)}\n`;
      assert.equal(printed, await recorded(contract.id));
    });
  }
});
