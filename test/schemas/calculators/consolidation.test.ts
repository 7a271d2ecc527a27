import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calculateConsolidation, floorAreaChange, validateForm } from '@koiki/schemas';
import { consolidationExample } from './example-data.ts';

describe('集約化等: 円滑化経費', () => {
  it('3年目: 前年度までの措置額 4,200万円で、5,000万円の累計上限の残り 800万円が効く', () => {
    const result = calculateConsolidation(consolidationExample());
    const line = result.lines[0]!;
    assert.equal(line.id, 'smoothing');
    assert.equal(line.base, 12_400_000);
    assert.equal(line.cap, 8_000_000);
    assert.equal(line.amount, 8_000_000);
    assert.equal(line.capped, true);
    assert.match(line.explanation, /前年度までの措置額 42,000,000円 = 残り 8,000,000円/);
    assert.deepEqual(result.totals, { yen: 8_000_000, thousandYen: 8_000 });
  });

  it('前年度までがなければ 0.8 を掛けた額がそのまま出る', () => {
    const data = consolidationExample();
    data.earlierReceipts = [];
    const line = calculateConsolidation(data).lines[0]!;
    assert.equal(line.amount, 9_920_000);
    assert.equal(line.capped, false);
  });

  it('上限を使い切っていれば今年度は措置されないと伝える', () => {
    const data = consolidationExample();
    data.earlierReceipts = [
      { fiscalYear: 2025, amount: 30_000_000 },
      { fiscalYear: 2026, amount: 20_000_000 },
    ];
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.cumulativeCapReached');
    assert.deepEqual(result.lines, []);
  });

  it('5年度目（令和11年度）までは対象、6年度目（令和12年度）は対象外', () => {
    const data = consolidationExample();
    data.fiscalYear = 2029;
    assert.deepEqual(calculateConsolidation(data).issues, []);
    data.fiscalYear = 2030;
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.path, 'stages');
    assert.match(result.issues[0]?.message ?? '', /令和11年度まで/);
    assert.deepEqual(result.lines, []);
  });

  it('完了年度より前の年度には円滑化経費は出ない', () => {
    const data = consolidationExample();
    data.fiscalYear = 2025;
    data.targetFacility.serviceStartDate = '2026-10-05';
    data.earlierReceipts = [];
    assert.equal(calculateConsolidation(data).issues[0]?.code, 'consolidation.beforeWindow');
  });

  for (const type of ['公営住宅', '公営企業'] as const) {
    it(`${type}の施設があると円滑化経費は退けられる`, () => {
      const data = consolidationExample();
      data.sourceFacilities[0]!.type = type;
      const issue = calculateConsolidation(data).issues[0];
      assert.equal(issue?.path, 'sourceFacilities.0.type');
      assert.match(issue?.message ?? '', new RegExp(`${type}の施設は円滑化経費の対象外`));
    });
  }

  it('公営住宅でも調査検討経費だけなら退けない', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    data.sourceFacilities[0]!.type = '公営住宅';
    assert.deepEqual(calculateConsolidation(data).issues, []);
  });
});

describe('集約化等: 調査検討経費と複数団体', () => {
  it('調査検討経費は 0.5、上限 500万円/団体', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    assert.equal(calculateConsolidation(data).lines[0]?.amount, 3_700_000);
    data.researchItems = [
      { category: 'その他', description: '基本構想の策定', amount: 12_000_001 },
    ];
    const line = calculateConsolidation(data).lines[0]!;
    assert.equal(line.amount, 5_000_000);
    assert.equal(line.capped, true);
  });

  it('申請団体だけの取組は複数団体でないとして退けられる', () => {
    const data = consolidationExample();
    data.otherParties = [];
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.singleDantai');
    assert.deepEqual(result.lines, []);
  });

  it('申請団体自身を参加団体に入れても 2団体にはならない', () => {
    const data = consolidationExample();
    data.otherParties = [
      { kind: '地方公共団体', dantaiCode: data.applicant.dantaiCode, role: '設置者' },
    ];
    assert.equal(calculateConsolidation(data).issues[0]?.code, 'consolidation.singleDantai');
  });

  it('一部事務組合・広域連合を数えていることを注記する', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    const notes = calculateConsolidation(data).notes.map((n) => n.message);
    assert.ok(notes.some((m) => m.includes('一部事務組合・広域連合を参加団体に数えています')));
  });

  it('延床面積の増減を示す（集約前 10,205.55㎡ → 集約後 9,860㎡）', () => {
    assert.deepEqual(floorAreaChange(consolidationExample()), {
      before: 10_205.55,
      after: 9_860,
      change: -345.55,
      decreased: true,
    });
  });

  it('令和6年度は創設前', () => {
    const data = consolidationExample();
    data.fiscalYear = 2024;
    assert.equal(calculateConsolidation(data).issues[0]?.code, 'rules.measureNotInForce');
    assert.equal(validateForm('consolidation-claim', data).success, false);
  });
});
