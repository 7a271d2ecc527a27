import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpecialistDispatch } from '@koiki/schemas';
import { loadDantaiNames } from '../../../forms/dantai-names.ts';
import { draftTitle, emptyData } from '../../../forms/specialist-dispatch/definition.ts';
import { specialistDispatch } from '../../../forms/specialist-dispatch/index.ts';

const withApplicant = (code: string, fiscalYear?: number) =>
  ({ ...emptyData(), applicant: { dantaiCode: code }, fiscalYear }) as SpecialistDispatch;

describe('下書きの題名', () => {
  it('空の下書きは「専門人材派遣」', () => {
    assert.equal(draftTitle(emptyData()), '専門人材派遣');
  });

  it('団体の一覧を読み込んだ後は「川上村 令和8年度 専門人材派遣」', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('294527', 2026)), '川上村 令和8年度 専門人材派遣');
  });

  it('一覧にない団体コードは、コードのまま示す', async () => {
    await loadDantaiNames();
    assert.equal(draftTitle(withApplicant('999999', 2026)), '999999 令和8年度 専門人材派遣');
  });
});

describe('前年度の申請から作成', () => {
  it('年度を進め、募集経費・人件費・負担金・初年度の答えは引き継がない', () => {
    const { fiscalYearPaths, clearPaths } = specialistDispatch.nextFiscalYear;
    assert.deepEqual(fiscalYearPaths, ['fiscalYear']);
    for (const path of [
      'recruitmentItems',
      'posts.*.personnelCost',
      'posts.*.contribution',
      'posts.*.firstDispatchYear',
    ]) {
      assert.ok(clearPaths.includes(path), path);
    }
  });
});
