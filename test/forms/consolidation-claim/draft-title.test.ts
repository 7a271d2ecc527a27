import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Consolidation } from '@koiki/schemas';
import { draftTitle, emptyData } from '../../../forms/consolidation-claim/definition.ts';
import { consolidationClaim } from '../../../forms/consolidation-claim/index.ts';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { example } from './examples.ts';

const withApplicant = (code: string, fiscalYear?: number) =>
  ({ ...emptyData(), applicant: { dantaiCode: code }, fiscalYear }) as Consolidation;

describe('下書きの題名', () => {
  it('空の下書きは「集約化等」', () => {
    assert.equal(draftTitle(emptyData()), '集約化等');
  });

  it('団体の一覧を読み込んだ後は「長崎県 令和8年度 集約化等」', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('420000', 2026)), '長崎県 令和8年度 集約化等');
  });

  it('集約元の施設名を2つまで括弧に入れる', async () => {
    await loadDantaiNames();
    const { data } = example('prefecture-city-library-third-year.json');
    assert.equal(
      draftTitle(data),
      '大村市 令和9年度 集約化等（長崎県立長崎図書館・大村市立図書館）',
    );
    const three = {
      ...data,
      sourceFacilities: [...data.sourceFacilities, { ...data.sourceFacilities[0], name: '分館' }],
    } as Consolidation;
    assert.match(draftTitle(three), /（長崎県立長崎図書館・大村市立図書館ほか）$/);
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('999999', 2026)), '999999 令和8年度 集約化等');
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、今年度の経費・添付・備考は引き継がない', () => {
    const { fiscalYearPaths, clearPaths } = consolidationClaim.nextFiscalYear;
    assert.deepEqual(fiscalYearPaths, ['fiscalYear']);
    for (const path of ['researchItems', 'smoothingItems', 'attachments', 'remarks']) {
      assert.ok(clearPaths.includes(path), path);
    }
  });

  it('取組・参加団体・施設（完了年度の日付）・前年度までの措置額は引き継ぐ', () => {
    const { clearPaths } = consolidationClaim.nextFiscalYear;
    for (const kept of [
      'initiative',
      'otherParties',
      'sourceFacilities',
      'targetFacility',
      'earlierReceipts',
    ]) {
      assert.ok(!clearPaths.some((path) => path.split('.')[0] === kept), kept);
    }
  });
});
