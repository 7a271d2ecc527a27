// A portal server imports the training form's schema side on its own, by the package path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('@koiki/schemas/forms/training-claim', () => {
  it('解決でき、契約・schema・算定・規則表・メッセージを出す', async () => {
    const form = await import('@koiki/schemas/forms/training-claim');
    const contract = form.trainingClaimContract;
    assert.equal(contract.id, 'training-claim');
    assert.equal(contract.title, '新たな政策課題に関する人材育成の研修');
    assert.equal(contract.schemaVersion, 1);
    assert.equal(contract.schema, form.trainingClaimSchema);
    assert.equal(contract.fields, form.trainingClaimFields);
    assert.equal(contract.calculate, form.calculateTraining);
    assert.equal(contract.rules, form.trainingRules);
    assert.equal(contract.messages, form.trainingMessages);
    assert.deepEqual(contract.migrate, {});
    assert.deepEqual(Object.keys(contract.choices).sort(), [
      'COST_CATEGORIES',
      'COST_GROUPS',
      'POLICY_DOCUMENTS',
      'TRAINING_ATTACHMENT_KINDS',
      'TRAINING_KINDS',
    ]);
    assert.equal(contract.validator.safeParse({}).success, false);
  });
});
