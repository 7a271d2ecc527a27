import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyRate,
  consolidationRules,
  formatRate,
  rulesFor,
  specialistDispatchRules,
} from '@koiki/schemas';

describe('rulesFor', () => {
  it('令和6年度から専門人材派遣の規則があり、措置率は 0.5、上限は募集経費 100万円・1人 600万円', () => {
    const lookup = rulesFor(specialistDispatchRules, 2024);
    assert.ok(lookup.ok);
    assert.equal(formatRate(lookup.rules.rate.value), '0.5');
    assert.equal(lookup.rules.recruitmentCapPerDantai.value, 1_000_000);
    assert.equal(lookup.rules.personCap.value, 6_000_000);
    assert.match(lookup.rules.personCap.note ?? '', /600万円程度/);
  });

  it('令和5年度の専門人材派遣は、創設前であると日本語で答える', () => {
    const lookup = rulesFor(specialistDispatchRules, 2023);
    assert.equal(lookup.ok, false);
    assert.ok(!lookup.ok);
    assert.match(lookup.message, /令和6年度に創設/);
    assert.match(lookup.message, /令和5年度は対象になりません/);
  });

  it('集約化等は令和7年度から: 調査検討 0.5・500万円、円滑化 0.8・5,000万円・5年度間', () => {
    assert.equal(rulesFor(consolidationRules, 2024).ok, false);
    const lookup = rulesFor(consolidationRules, 2026);
    assert.ok(lookup.ok);
    const { research, smoothing } = lookup.rules;
    assert.equal(formatRate(research.rate.value), '0.5');
    assert.equal(research.capPerDantai.value, 5_000_000);
    assert.equal(formatRate(smoothing.rate.value), '0.8');
    assert.equal(smoothing.capPerConsolidation.value, 50_000_000);
    assert.equal(smoothing.windowFiscalYears.value, 5);
    // 円滑化経費 excludes the 地方公営企業 (a 公立病院 among them) and 公営住宅, each kind tagged.
    const tagged = smoothing.excludedFacilityTypes.map((e) => `${e.type}:${e.tag}`);
    assert.ok(tagged.includes('病院・診療所:公営企業'));
    assert.ok(tagged.includes('下水道:公営企業'));
    assert.ok(tagged.includes('公営住宅:公営住宅'));
  });

  it('デジタル人材と技術職員は対象外の職種として、別の措置への案内つきで載っている', () => {
    const lookup = rulesFor(specialistDispatchRules, 2026);
    assert.ok(lookup.ok);
    const excluded = lookup.rules.excludedOccupations;
    assert.deepEqual(
      excluded.map((e) => e.occupation),
      ['デジタル人材', '技術職員'],
    );
    for (const e of excluded) assert.match(e.reason, /別途の地方財政措置/);
  });

  it('every row names its source', () => {
    for (const lookup of [
      rulesFor(specialistDispatchRules, 2030),
      rulesFor(consolidationRules, 2030),
    ]) {
      assert.ok(lookup.ok);
      assert.match(lookup.rules.source.publisher, /総務省/);
    }
  });
});

describe('applyRate', () => {
  it('円未満を切り捨てる: 1,001円 × 0.5 = 500円、7円 × 0.8 = 5円', () => {
    assert.equal(applyRate(1001, { numerator: 1, denominator: 2 }), 500);
    assert.equal(applyRate(7, { numerator: 4, denominator: 5 }), 5);
  });

  it('stays exact near Number.MAX_SAFE_INTEGER', () => {
    const max = Number.MAX_SAFE_INTEGER;
    assert.equal(applyRate(max, { numerator: 4, denominator: 5 }), Number((BigInt(max) * 4n) / 5n));
  });

  it('formats 1/3 as a fraction', () => {
    assert.equal(formatRate({ numerator: 1, denominator: 3 }), '1/3');
  });
});
