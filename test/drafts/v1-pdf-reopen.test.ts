// A PDF the old code printed (test/fixtures/v1, see its README) reopens as a draft of the current
// version: its embedded data read back by readPdfData and migrated by migrateDraft with the
// form's definition, as 「作成した PDF から再開する」 does. (pdf-lib does not load under the
// browser test runner, so this runs in Node; test/e2e/reopen-pdf.test.ts drives the button.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { migrateDraft, newDraft } from '@koiki/drafts';
import { findFormEntry } from '@koiki/forms';
import { readPdfData } from '@koiki/pdf';
import { migrateClaim, validateClaim } from '@koiki/schemas';
import { v1Fixture, v1FixturePath } from '../fixtures/v1/v1-fixtures.ts';

const cases = [
  // 募集経費 1,000,000（上限）+ 人件費 3,500,000 + 1,100,000 = 5,600,000円.
  { formId: 'specialist-dispatch', base: 'specialist-dispatch.v1', from: 1, total: 5_600_000 },
  // 円滑化経費 min(12,400,000 × 0.8, 50,000,000 − 42,000,000) = 8,000,000円.
  { formId: 'consolidation-claim', base: 'consolidation-claim.v2', from: 2, total: 8_000_000 },
] as const;

describe('旧版の PDF から再開する', () => {
  for (const item of cases) {
    it(`${item.formId}: 版${item.from}の PDF が今の版の下書きになり、有効で ${item.total.toLocaleString('ja-JP')}円`, async () => {
      const embedded = await readPdfData(
        new Uint8Array(readFileSync(v1FixturePath(`${item.base}.pdf`))),
      );
      assert.equal(embedded.formId, item.formId);
      assert.equal(embedded.schemaVersion, item.from);
      const entry = findFormEntry(item.formId);
      assert.ok(entry);
      const { definition } = await entry.load();
      const draft = newDraft({
        formId: definition.id,
        schemaVersion: Number(embedded.schemaVersion),
        data: embedded.data,
        step: definition.steps[0]?.id ?? '',
        title: '旧版の PDF から',
      });
      const migrated = migrateDraft(draft, definition);
      assert.ok(migrated.ok, migrated.ok ? '' : migrated.message);
      const contract = await entry.contract();
      assert.equal(migrated.draft.schemaVersion, contract.schemaVersion);
      const expected = migrateClaim(contract, v1Fixture(`${item.base}.json`), item.from);
      assert.deepEqual(migrated.draft.data, expected.ok && expected.data);
      const validation = validateClaim(contract, migrated.draft.data);
      assert.equal(validation.success, true, JSON.stringify(validation.error?.issues));
      assert.equal(contract.calculate(migrated.draft.data as never).totals.yen, item.total);
    });
  }
});
