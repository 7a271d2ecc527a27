import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type Dantai, findDantai, loadDantaiList } from '../../../schemas/src/reference/dantai.ts';
import {
  designations,
  designationsInEffect,
  designationsSource,
  dispatchExclusion,
  isInEffectForFiscalYear,
} from '../../../schemas/src/reference/designations.ts';
import { isIsoDate } from '../../../schemas/src/values/wareki.ts';

let list: readonly Dantai[] = [];
before(async () => {
  list = await loadDantaiList();
});

const asOf2024October = (kind: keyof typeof designations) =>
  designations[kind].filter(
    (designation) =>
      designation.designatedOn <= '2024-10-01' &&
      (!designation.until || '2024-10-01' < designation.until),
  );

describe('指定都市・中核市・県庁所在地の一覧', () => {
  it('20 政令指定都市, 62 中核市 (2024年10月), 47 県庁所在地', () => {
    assert.equal(asOf2024October('政令指定都市').length, 20);
    assert.equal(asOf2024October('中核市').length, 62);
    assert.equal(asOf2024October('県庁所在地').length, 47);
    assert.equal(designationsInEffect('中核市', 2024).length, 62);
  });
  it('every entry names a real 団体 by its code and its name, with ISO dates', () => {
    for (const designation of Object.values(designations).flat()) {
      assert.equal(findDantai(list, designation.code)?.name, designation.name, designation.code);
      assert.ok(isIsoDate(designation.designatedOn));
      if (designation.until) assert.ok(designation.until > designation.designatedOn);
    }
  });
  it('政令指定都市 are exactly the 団体 the list marks 政令市', () => {
    assert.deepEqual(
      designations.政令指定都市.map((designation) => designation.code).sort(),
      list.filter((dantai) => dantai.kind === '政令市').map((dantai) => dantai.code),
    );
  });
  it('a 中核市 that became a 政令市 stops being a 中核市 that day', () => {
    for (const city of designations.政令指定都市) {
      const asChukaku = designations.中核市.find((designation) => designation.code === city.code);
      if (asChukaku) assert.equal(asChukaku.until, city.designatedOn, city.name);
    }
    assert.ok(designations.中核市.some((designation) => designation.name === '相模原市'));
  });
  it('one 県庁所在地 per 都道府県; 津・山口・徳島・佐賀 are neither 政令市 nor 中核市', () => {
    assert.equal(
      new Set(designations.県庁所在地.map((capital) => capital.code.slice(0, 2))).size,
      47,
    );
    for (const name of ['津市', '山口市', '徳島市', '佐賀市']) {
      assert.ok(designations.県庁所在地.some((capital) => capital.name === name));
      assert.ok(!designations.中核市.some((designation) => designation.name === name));
      assert.ok(!designations.政令指定都市.some((designation) => designation.name === name));
    }
  });
  it('names its source and as-of date', () => {
    assert.match(designationsSource.source, /総務省/);
    assert.ok(isIsoDate(designationsSource.asOf));
  });
});

describe('派遣先から除かれる団体 (dispatchExclusion)', () => {
  it('政令市（静岡市）は政令指定都市として対象外、指定日つき', () => {
    const result = dispatchExclusion('221007', 2026);
    assert.ok(result.excluded);
    assert.equal(result.kind, '政令指定都市');
    assert.equal(result.since, '2005-04-01');
    assert.equal(result.reason, '静岡市は政令指定都市（平成17年4月1日指定）のため対象外です。');
  });
  it('昭和の指定は西暦で書く（大阪市）', () => {
    const result = dispatchExclusion('271004', 2026);
    assert.ok(result.excluded && result.reason.includes('1956年9月1日指定'));
  });
  it('中核市（松本市）は中核市として対象外、理由に指定日（令和3年4月1日）', () => {
    const result = dispatchExclusion('202029', 2026);
    assert.ok(result.excluded);
    assert.equal(result.kind, '中核市');
    assert.equal(result.reason, '松本市は中核市（令和3年4月1日指定）のため対象外です。');
  });
  it('県庁所在地の津市は県庁所在地として対象外', () => {
    const result = dispatchExclusion('242012', 2026);
    assert.ok(result.excluded);
    assert.equal(result.kind, '県庁所在地');
    assert.equal(result.reason, '津市は三重県の県庁所在地のため対象外です。');
  });
  it('東京都の新宿区は都庁所在地と書く', () => {
    const result = dispatchExclusion('131041', 2026);
    assert.ok(result.excluded && result.reason === '新宿区は東京都の都庁所在地のため対象外です。');
  });
  it('年度の途中で中核市になった市（八戸市 2017年1月1日）は、その年度はまだ対象外ではない', () => {
    assert.deepEqual(dispatchExclusion('022039', 2016), { excluded: false });
    assert.equal(dispatchExclusion('022039', 2017).excluded, true);
  });
  it('4月1日に中核市になった市（松本市）は、その年度から対象外', () => {
    assert.deepEqual(dispatchExclusion('202029', 2020), { excluded: false });
    assert.equal(dispatchExclusion('202029', 2021).excluded, true);
  });
  it('政令市になる前の年度は中核市として対象外（熊本市 2011年度）', () => {
    const result = dispatchExclusion('431001', 2011);
    assert.ok(result.excluded && result.kind === '中核市');
    assert.ok(
      !designations.中核市.some((d) => d.code === '431001' && isInEffectForFiscalYear(d, 2012)),
    );
  });
  it('ふつうの村（長野県川上村）は対象外ではない', () => {
    assert.deepEqual(dispatchExclusion('203041', 2026), { excluded: false });
  });
  it('都道府県は この関数では除かれない', () => {
    assert.deepEqual(dispatchExclusion('130001', 2026), { excluded: false });
  });
});
