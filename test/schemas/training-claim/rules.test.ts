// The training measure's dated rule table read as the material (seed 003) states it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rulesFor } from '@koiki/schemas';
import {
  categoriesOfGroups,
  trainingRules,
  trainingSource,
} from '@koiki/schemas/forms/training-claim';

describe('研修の規則表', () => {
  it('令和7年度（2025）から適用し、令和6年度には措置がない', () => {
    assert.equal(rulesFor(trainingRules, 2024).ok, false);
    const lookup = rulesFor(trainingRules, 2025);
    assert.ok(lookup.ok);
    assert.equal(lookup.rules.fromFiscalYear, 2025);
    assert.ok(rulesFor(trainingRules, 2030).ok, 'later years use the latest row');
  });

  it('措置率は両区分とも 0.5、広域研修は研修開催経費だけ', () => {
    const lookup = rulesFor(trainingRules, 2026);
    assert.ok(lookup.ok);
    const { kinds } = lookup.rules;
    assert.deepEqual(kinds.自団体職員向け.rate.value, { numerator: 1, denominator: 2 });
    assert.deepEqual(kinds.広域研修.rate.value, { numerator: 1, denominator: 2 });
    assert.deepEqual(kinds.自団体職員向け.costGroups.value, ['研修開催経費', '研修受講経費']);
    assert.deepEqual(kinds.広域研修.costGroups.value, ['研修開催経費']);
    assert.deepEqual(categoriesOfGroups(kinds.広域研修.costGroups.value), [
      '講師謝金',
      '講師旅費',
      '研修委託費',
    ]);
  });

  it('自団体職員向けは市町村が特別交付税・都道府県は普通交付税、広域研修は都道府県だけ', () => {
    const lookup = rulesFor(trainingRules, 2026);
    assert.ok(lookup.ok);
    const { kinds } = lookup.rules;
    assert.deepEqual(kinds.自団体職員向け.allocation.value, {
      市町村: '特別交付税',
      都道府県: '普通交付税',
    });
    assert.deepEqual(kinds.広域研修.allocation.value, { 都道府県: '特別交付税' });
  });

  it('策定指針の公表日は 2023-12-22、上限は「なし」と明示し、どの値も資料の該当箇所を出典にする', () => {
    const lookup = rulesFor(trainingRules, 2026);
    assert.ok(lookup.ok);
    const { rules } = lookup;
    assert.equal(rules.guidelinePublished.value, '2023-12-22');
    assert.equal(rules.cap.value, null);
    for (const parameter of [rules.cap, rules.guidelinePublished, rules.kinds.広域研修.rate]) {
      assert.equal(parameter.source, trainingSource);
    }
    assert.equal(trainingSource.title, '広域連携（定住自立圏構想の推進等）について');
  });
});
