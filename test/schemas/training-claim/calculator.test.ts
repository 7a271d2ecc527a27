// The training calculator on every example and on the cases the rules refuse. Every expected
// amount is computed by hand in the comments from the example's cost items: 措置額 =
// floor(経費区分ごとの対象経費の合計 × 0.5), the claim's total = the sum of the 区分's amounts, and
// 千円 with 地方交付税法 第22条 (500円未満切捨て、500円以上は1,000円に切上げ).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimResult } from '@koiki/schemas';
import {
  calculateTraining,
  type TrainingClaim,
  trainingSource,
} from '@koiki/schemas/forms/training-claim';
import { trainingExample } from './training-examples.ts';

const half = { numerator: 1, denominator: 2 };

/** The lines as 区分 → [対象経費, 措置額]. */
const linesOf = (result: ClaimResult) =>
  Object.fromEntries(result.lines.map((line) => [line.label, [line.base, line.amount]]));

describe('正しい例の措置額（手計算）', () => {
  it('御代田町（自団体職員向け）: 開催 111,180円 + 受講 72,470円 = 183,650円 = 184千円', () => {
    // 研修開催経費: 講師謝金 180,000 + 講師旅費 42,360 = 222,360 × 0.5 = 111,180
    // 研修受講経費: 職員旅費 63,540 + 外部研修受講料 55,000 + eラーニング 26,400 = 144,940 × 0.5 = 72,470
    // 合計 111,180 + 72,470 = 183,650円 → 千円: 650円は500円以上なので切上げ → 184千円
    const result = calculateTraining(trainingExample('town-own-staff-gx.json'));
    assert.deepEqual(linesOf(result), {
      研修開催経費: [222_360, 111_180],
      研修受講経費: [144_940, 72_470],
    });
    assert.equal(result.claimable, true);
    assert.deepEqual(result.totals, { yen: 183_650, thousandYen: 184 });
    assert.deepEqual(result.issues, []);
  });

  it('長野県（広域研修、3村）: 開催 1,857,620円 × 0.5 = 928,810円 = 929千円', () => {
    // 講師謝金 450,000 + 講師旅費 87,620 + 研修委託費 1,320,000 = 1,857,620 × 0.5 = 928,810
    // 千円: 810円は500円以上なので切上げ → 929千円
    const result = calculateTraining(
      trainingExample('prefecture-wide-area-three-municipalities.json'),
    );
    assert.deepEqual(linesOf(result), { 研修開催経費: [1_857_620, 928_810] });
    assert.deepEqual(result.totals, { yen: 928_810, thousandYen: 929 });
    assert.equal(result.claimable, true);
  });

  it('阿智村（課題2つ・端数）: 82,500円 + 26,888円 = 109,388円 = 109千円（区分ごとに1円未満切捨て）', () => {
    // 研修開催経費: 120,000 + 45,001 = 165,001 × 0.5 = 82,500.5 → 82,500円
    // 研修受講経費: 31,777 + 22,000 = 53,777 × 0.5 = 26,888.5 → 26,888円
    // 合計 82,500 + 26,888 = 109,388円（全体の 218,778 × 0.5 = 109,389 ではない）
    // 千円: 388円は500円未満なので切捨て → 109千円
    const result = calculateTraining(trainingExample('village-two-challenges-odd-yen.json'));
    assert.deepEqual(linesOf(result), {
      研修開催経費: [165_001, 82_500],
      研修受講経費: [53_777, 26_888],
    });
    assert.deepEqual(result.totals, { yen: 109_388, thousandYen: 109 });
    assert.match(
      result.lines[0]!.explanation,
      /^研修開催経費 165,001円（講師謝金 120,000円 \+ 講師旅費 45,001円） × 0\.5 = 82,500円（1円未満切捨て・上限なし）$/,
    );
  });

  it('どの行も措置率 0.5・上限なし（cap: null、上限の適用なし）で、団体が受け取る', () => {
    for (const name of [
      'town-own-staff-gx.json',
      'prefecture-wide-area-three-municipalities.json',
      'village-two-challenges-odd-yen.json',
    ]) {
      for (const line of calculateTraining(trainingExample(name)).lines) {
        assert.deepEqual(line.rate, half, name);
        assert.equal(line.cap, null, name);
        assert.equal(line.capped, false, name);
        assert.equal(line.recipient, '団体', name);
        assert.equal(line.path, 'costItems', name);
        assert.equal(line.kind, line.label, name);
      }
    }
  });
});

describe('算定に用いた値', () => {
  const used = calculateTraining(trainingExample('town-own-staff-gx.json')).parameters.used;
  const param = (label: string) => used.find((p) => p.label === label);

  it('上限は「上限なし」と出典つきで示す（資料の該当箇所の名前）', () => {
    assert.equal(param('措置額の上限')?.value, '上限なし');
    assert.deepEqual(param('措置額の上限')?.source, trainingSource);
    assert.match(
      trainingSource.detail,
      /新たな政策課題に関する地方公務員の人材育成に係る地方交付税措置の創設/,
    );
  });

  it('選んだ区分の措置率・対象経費・地方財政措置、策定指針の公表日を示す', () => {
    assert.equal(param('措置率（自団体職員向け）')?.value, '0.5');
    assert.equal(
      param('対象経費（自団体職員向け）')?.value,
      '研修開催経費（講師謝金・講師旅費・研修委託費）、研修受講経費（職員旅費・外部研修受講料・eラーニング利用料）',
    );
    assert.equal(
      param('地方財政措置（自団体職員向け）')?.value,
      '都道府県：普通交付税、市町村：特別交付税',
    );
    assert.equal(param('人材育成基本方針の策定日')?.value, '令和5年12月22日以後');
    assert.equal(param('措置率（広域研修）'), undefined);
  });

  it('区分をまだ選んでいなければ、両方の区分の値を示し、行は出さない', () => {
    const data: Partial<TrainingClaim> = trainingExample('town-own-staff-gx.json');
    delete data.trainingKind;
    const result = calculateTraining(data);
    const labels = result.parameters.used.map((p) => p.label);
    assert.ok(labels.includes('措置率（自団体職員向け）') && labels.includes('措置率（広域研修）'));
    assert.deepEqual(result.lines, []);
  });
});

describe('申請できない申請は 0円、算定額は参考として残す', () => {
  it('都道府県の自団体職員向け: 申請額 0円、参考 1,857,620 × 0.5 = 928,810円', () => {
    const data = trainingExample('prefecture-wide-area-three-municipalities.json');
    data.trainingKind = '自団体職員向け';
    const result = calculateTraining(data);
    assert.equal(result.claimable, false);
    assert.deepEqual(result.totals, { yen: 0, thousandYen: 0 });
    assert.deepEqual(result.referenceTotals, { yen: 928_810, thousandYen: 929 });
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [['trainingKind', 'training.kindByOrdinaryAllocation']],
    );
  });

  it('広域研修の受講経費の行は、算定にも参考にも入れない（直せば申請できる額が参考）', () => {
    // 開催 1,857,620 × 0.5 = 928,810円; 職員旅費 64,800 は研修受講経費で対象外
    const data = trainingExample('prefecture-wide-area-three-municipalities.json');
    data.costItems.push({ category: '職員旅費', description: '旅費', amount: 64_800 });
    const result = calculateTraining(data);
    assert.deepEqual(linesOf(result), { 研修開催経費: [1_857_620, 928_810] });
    assert.equal(result.claimable, false);
    assert.deepEqual(result.referenceTotals, { yen: 928_810, thousandYen: 929 });
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [['costItems.3.category', 'training.categoryNotForKind']],
    );
  });

  it('数値目標のない研修プログラム: common.required の理由つきで 0円', () => {
    const data: TrainingClaim = trainingExample('town-own-staff-gx.json');
    delete (data.programmes[0] as Partial<TrainingClaim['programmes'][number]>).staffTarget;
    const result = calculateTraining(data);
    assert.equal(result.claimable, false);
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [['programmes.0.staffTarget', 'common.required']],
    );
    assert.equal(result.referenceTotals.yen, 183_650);
  });

  it('令和6年度: 措置の創設前なので行も値もなく、対象年度の理由を示す', () => {
    const data = trainingExample('town-own-staff-gx.json');
    data.fiscalYear = 2024;
    const result = calculateTraining(data);
    assert.deepEqual(result.lines, []);
    assert.equal(result.parameters.ruleTitle, null);
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [['fiscalYear', 'rules.measureNotInForce']],
    );
  });

  it('対象年度がまだなければ、何も算定せず理由も出さない', () => {
    const data: Partial<TrainingClaim> = trainingExample('town-own-staff-gx.json');
    delete data.fiscalYear;
    const result = calculateTraining(data);
    assert.deepEqual([result.lines, result.issues, result.claimable], [[], [], false]);
  });
});
