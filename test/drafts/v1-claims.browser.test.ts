// Claims the old code saved (test/fixtures/v1, see its README) open as the claim model v2:
// the IndexedDB record through openDraft, the draft file through readDraftFile.
import { type DraftRecord, openDraft, readDraftFile } from '@koiki/drafts';
import {
  consolidationContract,
  migrateClaim,
  specialistDispatchContract,
  validateClaim,
} from '@koiki/schemas';
import { expect } from '@open-wc/testing';
import { isolatedStore } from './helpers.ts';

const forms = {
  'specialist-dispatch': specialistDispatchContract,
  'consolidation-claim': consolidationContract,
};

const fixtureText = async (name: string) => {
  const response = await fetch(`/test/fixtures/v1/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
};

const cases = [
  {
    formId: 'specialist-dispatch',
    base: 'specialist-dispatch.v1',
    from: 1,
    rawAt: 'agreements.0.notificationDate',
    // 募集経費 (1,650,000 + 770,000) × 0.5 = 1,210,000 → 上限 1,000,000; 人件費 (8,000,000 − 1,000,000)
    // × 0.5 = 3,500,000 and (2,700,000 − 500,000) × 0.5 = 1,100,000: 5,600,000円.
    total: 5_600_000,
  },
  {
    formId: 'consolidation-claim',
    base: 'consolidation-claim.v2',
    from: 2,
    rawAt: 'initiatives.0.targetFacility.floorArea',
    // 円滑化経費 (2,400,000 + 6,800,000 + 3,200,000) × 0.8 = 9,920,000, 上限の残り
    // 50,000,000 − 18,000,000 − 24,000,000 = 8,000,000: 8,000,000円.
    total: 8_000_000,
  },
] as const;

describe('旧版の下書き（版1の専門人材派遣・版2の集約化等）', () => {
  for (const fixture of cases) {
    it(`${fixture.formId}: IndexedDB の記録が今の版で開き、読み取れなかった入力も付いてくる`, async () => {
      const record = JSON.parse(await fixtureText(`${fixture.base}.draft-record.json`));
      const store = await isolatedStore();
      await store.restore(record as DraftRecord);
      const opened = await openDraft(store, record.id, forms);
      store.close();
      expect(opened?.ok).to.equal(true);
      if (!opened?.ok) return;
      const { draft } = opened;
      const contract = forms[fixture.formId];
      expect(draft.schemaVersion).to.equal(contract.schemaVersion);
      expect(draft.rev).to.equal(record.rev);
      expect(draft.raw).to.deep.equal({ [fixture.rawAt]: Object.values(record.raw)[0] });
      const expected = migrateClaim(contract, record.data, fixture.from);
      expect(expected.ok && expected.data).to.deep.equal(draft.data);
      expect(contract.calculate(draft.data as never).referenceTotals.yen).to.equal(fixture.total);
    });

    it(`${fixture.formId}: 書き出したファイルが今の版で読み込め、有効で、同じ額（${fixture.total.toLocaleString('ja-JP')}円）になる`, async () => {
      const text = await fixtureText(`${fixture.base}.koiki-draft.json`);
      const read = await readDraftFile(new Blob([text], { type: 'application/json' }), { forms });
      expect(read.ok, read.ok ? '' : read.message).to.equal(true);
      if (!read.ok) return;
      const contract = forms[fixture.formId];
      expect(read.draft.schemaVersion).to.equal(contract.schemaVersion);
      const validation = validateClaim(contract, read.draft.data);
      expect(validation.success, JSON.stringify(validation.error?.issues)).to.equal(true);
      const amounts = contract.calculate(read.draft.data as never);
      expect(amounts.claimable).to.equal(true);
      expect(amounts.totals.yen).to.equal(fixture.total);
    });
  }
});
