// The CLI and the JSON Schema find forms through the registries, never through a list of their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formRegistry } from '@koiki/forms';
import { formContracts, formJsonSchema, formSchemas, isFormId } from '@koiki/schemas';
import { usageText } from '../../packages/cli/src/run-cli.ts';

describe('様式の登録と CLI・JSON Schema', () => {
  it('schema の側と画面の側に、同じ様式が同じ順で登録されている', () => {
    assert.deepEqual(
      formRegistry.map((entry) => entry.id),
      formContracts.map((contract) => contract.id),
    );
  });

  it('koiki の使い方は、登録されたすべての様式を示す', () => {
    const usage = usageText({});
    for (const contract of formContracts) assert.match(usage, new RegExp(contract.id));
  });

  it('登録された様式はどれも id で引け、JSON Schema に題名と版が載る', () => {
    for (const contract of formContracts) {
      assert.ok(isFormId(contract.id));
      assert.equal(formSchemas[contract.id].title, contract.title);
      const schema = formJsonSchema(contract.id);
      assert.equal(schema.title, contract.title);
      assert.match(String(schema.$id), new RegExp(`${contract.id}/v${contract.schemaVersion}`));
    }
    assert.equal(isFormId('training-claim'), false);
  });
});
