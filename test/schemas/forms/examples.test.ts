// Every example claim: valid ones pass the schema with no eligibility issue, invalid ones fail as named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormId, formSchemas, validateForm } from '@koiki/schemas';
import { exampleData, exampleNames } from '../calculators/example-data.ts';

/** The path and domain code each invalid example must fail with. */
const expectedFailures: Record<FormId, Record<string, { path: string; code: string }>> = {
  'specialist-dispatch': {
    'invalid-core-city-recipient.json': {
      path: 'recipient.dantaiCode',
      code: 'dispatch.recipientExcluded',
    },
    'invalid-digital-post.json': {
      path: 'posts.0.occupation',
      code: 'dispatch.occupationExcluded',
    },
    'invalid-local-autonomy-later-year.json': {
      path: 'posts.0.firstDispatchYear',
      code: 'dispatch.notFirstYear',
    },
    'invalid-before-measure.json': { path: 'fiscalYear', code: 'rules.measureNotInForce' },
  },
  'consolidation-claim': {
    'invalid-single-dantai.json': { path: 'otherParties', code: 'consolidation.singleDantai' },
    'invalid-public-housing-smoothing.json': {
      path: 'sourceFacilities.1.type',
      code: 'consolidation.excludedFacility',
    },
    'invalid-sixth-year.json': { path: 'stages', code: 'consolidation.afterWindow' },
  },
};

for (const formId of Object.keys(formSchemas) as FormId[]) {
  describe(`examples of ${formId}`, () => {
    const names = exampleNames(formId);

    it('has at least 3 valid and 3 invalid examples, each invalid one with an expectation', () => {
      const invalid = names.filter((name) => name.includes('invalid'));
      assert.ok(names.length - invalid.length >= 3);
      assert.ok(invalid.length >= 3);
      assert.deepEqual(invalid.sort(), Object.keys(expectedFailures[formId]).sort());
    });

    for (const name of names.filter((n) => !n.includes('invalid'))) {
      it(`${name} は有効で、対象外の指摘がない`, () => {
        const data = exampleData(formId, name);
        const result = validateForm(formId, data);
        assert.deepEqual(result.error?.issues ?? [], []);
        const amounts = formSchemas[formId].calculate(data as never);
        assert.deepEqual(amounts.issues, []);
        assert.ok(amounts.totals.yen > 0);
      });
    }

    for (const [name, expected] of Object.entries(expectedFailures[formId])) {
      it(`${name} は ${expected.path} で ${expected.code} として退けられる`, () => {
        const data = exampleData(formId, name);
        const result = validateForm(formId, data);
        assert.equal(result.success, false);
        const found = result.error?.issues.find(
          (issue) =>
            issue.path.join('.') === expected.path &&
            issue.code === 'custom' &&
            (issue as { params?: { code?: string } }).params?.code === expected.code,
        );
        assert.ok(found, JSON.stringify(result.error?.issues, null, 1));
        const amounts = formSchemas[formId].calculate(data as never);
        assert.ok(amounts.issues.some((i) => i.path === expected.path && i.code === expected.code));
      });
    }
  });
}
