// The example claims: every valid one validates and is claimable; every invalid one fails with
// exactly the one domain path and code its index states (schema and calculator alike); the
// index lists every file of the folder, each a payload of this form and version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trainingClaimContract } from '@koiki/schemas/forms/training-claim';
import { examples } from '../../../forms/training-claim/examples/index.ts';
import { trainingExample, trainingExampleFiles, trainingPayload } from './training-examples.ts';

/** [path, code] of each issue a rule of ours added (zod's own issues carry no domain code). */
function domainIssues(data: unknown): [string, unknown][] {
  const result = trainingClaimContract.validator.safeParse(data);
  return (result.error?.issues ?? []).flatMap((issue) =>
    issue.code === 'custom'
      ? [[issue.path.join('.'), issue.params?.code] as [string, unknown]]
      : [],
  );
}

describe('研修の例', () => {
  it('正しい例3件以上・誤りの例3件以上で、フォルダーのファイルはすべて一覧にある', () => {
    assert.ok(examples.valid.length >= 3);
    assert.ok(Object.keys(examples.invalid).length >= 3);
    const listed = [...examples.valid, ...Object.keys(examples.invalid)].sort();
    assert.deepEqual(listed, trainingExampleFiles().sort());
  });

  it('どの例も formId・schemaVersion がこの様式のもの', () => {
    for (const file of trainingExampleFiles()) {
      const payload = trainingPayload(file);
      assert.equal(payload.formId, trainingClaimContract.id, file);
      assert.equal(payload.schemaVersion, trainingClaimContract.schemaVersion, file);
      assert.equal(trainingClaimContract.versionOfData(trainingExample(file)), 1, file);
    }
  });

  for (const file of examples.valid) {
    it(`${file}: schema を通り、申請でき、措置額が出る`, () => {
      const data = trainingExample(file);
      const result = trainingClaimContract.validator.safeParse(data);
      assert.deepEqual(result.error?.issues ?? [], []);
      const amounts = trainingClaimContract.calculate(data);
      assert.deepEqual(amounts.issues, []);
      assert.equal(amounts.claimable, true);
      assert.ok(amounts.totals.yen > 0);
    });
  }

  for (const [file, expected] of Object.entries(examples.invalid)) {
    it(`${file}: ${expected.path} の ${expected.code} だけで止まる`, () => {
      const data = trainingExample(file);
      assert.deepEqual(domainIssues(data), [[expected.path, expected.code]]);
      const result = trainingClaimContract.validator.safeParse(data);
      const other = (result.error?.issues ?? []).filter(
        (issue) => issue.path.join('.') !== expected.path,
      );
      assert.deepEqual(other, []);
      const messages = (result.error?.issues ?? []).map((issue) => issue.message);
      assert.ok(
        messages.some((message) => expected.message.test(message)),
        messages.join('\n'),
      );
      const amounts = trainingClaimContract.calculate(data);
      assert.equal(amounts.claimable, false);
      assert.deepEqual(
        amounts.issues.map((issue) => [issue.path, issue.code]),
        [[expected.path, expected.code]],
      );
    });
  }
});
