// The consolidation calculator on the v3 model (one claim = one 団体 × 年度, holding its 取組).
// Every expected amount is computed by hand from SPEC §2.2 in the test's name or comment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type Consolidation,
  type ConsolidationInitiative,
  calculateConsolidation,
  completionFiscalYear,
  consolidationContract,
  consolidationRuleTable,
  floorAreaChange,
  partyCount,
  validateClaim,
} from '@koiki/schemas';
import { consolidationExample } from './example-data.ts';

/** The first (or `index`-th) 取組 of an example, to edit in place. */
const first = (data: Consolidation, index = 0): ConsolidationInitiative => data.initiatives[index]!;

/** A 取組 with only 調査検討経費 of `amounts` (the 集約先 still open), with 大村市 and 諫早市. */
function researchInitiative(name: string, amounts: number[]): ConsolidationInitiative {
  return {
    name,
    method: '集約化',
    framework: '協議会',
    applicantRole: '協議会の事務局',
    otherParties: [{ kind: '地方公共団体', dantaiCode: '422045', role: '集約元施設の設置者' }],
    sourceFacilities: [
      { name: '大村市民会館', ownerCode: '422053', type: '文化施設（ホール等）', floorArea: 5000 },
      { name: '諫早文化会館', ownerCode: '422045', type: '文化施設（ホール等）', floorArea: 7000 },
    ],
    targetDecided: false,
    stages: ['調査検討経費'],
    researchItems: amounts.map((amount) => ({ category: 'その他', description: '調査', amount })),
  };
}

describe('集約化等: 円滑化経費（0.8、集約化等1件・1団体あたり5年度間で 5,000万円）', () => {
  it('3年目: 12,400,000 × 0.8 = 9,920,000円 → 5,000万 − 前年度まで 4,200万 = 残り 800万円', () => {
    const result = calculateConsolidation(consolidationExample());
    const line = result.lines[0]!;
    assert.equal(line.id, 'initiatives.0.smoothing');
    assert.equal(line.path, 'initiatives.0.smoothingItems');
    assert.deepEqual(line.group, {
      path: 'initiatives.0',
      label: '県立・市立図書館の集約による県市一体型図書館の整備',
    });
    assert.equal(line.base, 12_400_000);
    assert.equal(line.cap, 8_000_000);
    assert.equal(line.amount, 8_000_000);
    assert.equal(line.capped, true);
    assert.match(line.explanation, /前年度までの措置額 42,000,000円 = 残り 8,000,000円/);
    assert.equal(result.claimable, true);
    assert.deepEqual(result.totals, { yen: 8_000_000, thousandYen: 8_000 });
  });

  it('前年度までがなければ 12,400,000 × 0.8 = 9,920,000円 がそのまま出る', () => {
    const data = consolidationExample();
    first(data).earlierReceipts = [];
    const line = calculateConsolidation(data).lines[0]!;
    assert.equal(line.amount, 9_920_000);
    assert.equal(line.capped, false);
  });

  it('上限は集約化等ごと: 取組A は前年度まで 4,500万（残り 500万）、取組B は前年度なし（9,920,000円）', () => {
    const data = consolidationExample();
    const other = structuredClone(first(data));
    other.name = '県立・市立公民館の複合化';
    other.earlierReceipts = [];
    first(data).earlierReceipts = [{ fiscalYear: 2025, amount: 45_000_000 }];
    data.initiatives.push(other);
    const result = calculateConsolidation(data);
    assert.deepEqual(
      result.lines.map((line) => [line.id, line.amount, line.capped]),
      [
        ['initiatives.0.smoothing', 5_000_000, true],
        ['initiatives.1.smoothing', 9_920_000, false],
      ],
    );
    assert.equal(result.totals.yen, 14_920_000);
  });

  it('上限を使い切っていれば今年度は措置されないと伝え、申請できない（合計 0円）', () => {
    const data = consolidationExample();
    first(data).earlierReceipts = [
      { fiscalYear: 2025, amount: 30_000_000 },
      { fiscalYear: 2026, amount: 20_000_000 },
    ];
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.cumulativeCapReached');
    assert.equal(result.issues[0]?.path, 'initiatives.0.earlierReceipts');
    assert.deepEqual(result.lines, []);
    assert.equal(result.claimable, false);
    assert.equal(result.totals.yen, 0);
  });

  it('完了年度 令和7年度から5年度目（令和11年度）までは対象、6年度目（令和12年度）は対象外', () => {
    const data = consolidationExample();
    data.fiscalYear = 2029;
    assert.deepEqual(calculateConsolidation(data).issues, []);
    data.fiscalYear = 2030;
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.afterWindow');
    assert.equal(result.issues[0]?.path, 'initiatives.0.stages');
    assert.match(result.issues[0]?.message ?? '', /令和11年度まで/);
    assert.deepEqual(result.lines, []);
    assert.equal(result.claimable, false);
  });

  it('完了年度（供用開始 令和8年度）より前の令和7年度には円滑化経費は出ない', () => {
    const data = consolidationExample();
    data.fiscalYear = 2025;
    first(data).targetFacility!.serviceStartDate = '2026-10-05';
    first(data).earlierReceipts = [];
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.beforeWindow');
    assert.equal(result.issues[0]?.path, 'initiatives.0.stages');
  });

  it('集約先が決まっていない取組の円滑化経費は退け、調査検討経費だけを申請するよう伝える', () => {
    const data = consolidationExample();
    first(data).targetDecided = false;
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.targetRequiredForSmoothing');
    assert.equal(result.issues[0]?.path, 'initiatives.0.targetDecided');
    assert.equal(result.claimable, false);
    assert.equal(validateClaim(consolidationContract, data).success, false);
  });
});

describe('集約化等: 円滑化経費の対象外の施設（規則表の区分）', () => {
  it('公立病院（病院・診療所）は地方公営企業の施設なので円滑化経費は退けられる', () => {
    const data = consolidationExample();
    first(data).targetFacility!.type = '病院・診療所';
    const result = calculateConsolidation(data);
    const issue = result.issues[0];
    assert.equal(issue?.code, 'consolidation.excludedFacilityTag');
    assert.equal(issue?.path, 'initiatives.0.targetFacility.type');
    assert.equal(
      issue?.message,
      '公営企業の施設は円滑化経費の対象外です（「病院・診療所」）。調査検討経費は申請できます。',
    );
    assert.deepEqual(result.lines, []);
    assert.equal(result.claimable, false);
    assert.equal(result.totals.yen, 0);
  });

  const excluded = consolidationRuleTable[0]!.smoothing.excludedFacilityTypes;
  it('規則表は地方公営企業の8区分と公営住宅に区分を付けている', () => {
    assert.deepEqual(
      excluded.filter((rule) => rule.tag === '公営企業').map((rule) => rule.type),
      [
        '病院・診療所',
        '水道',
        '工業用水道',
        '下水道',
        '交通（軌道・自動車運送・鉄道）',
        '電気',
        'ガス',
        'その他の公営企業',
      ],
    );
    assert.deepEqual(
      excluded.filter((rule) => rule.tag === '公営住宅').map((rule) => rule.type),
      ['公営住宅'],
    );
  });

  for (const { type, tag } of excluded) {
    it(`集約元に「${type}」があると、${tag}の施設として円滑化経費は退けられる`, () => {
      const data = consolidationExample();
      first(data).sourceFacilities[0]!.type = type;
      const issue = calculateConsolidation(data).issues[0];
      assert.equal(issue?.path, 'initiatives.0.sourceFacilities.0.type');
      assert.ok(issue?.message.startsWith(`${tag}の施設は円滑化経費の対象外です（「${type}」）`));
    });
  }

  it('公営住宅でも調査検討経費だけなら退けない', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    first(data).sourceFacilities[0]!.type = '公営住宅';
    const result = calculateConsolidation(data);
    assert.deepEqual(result.issues, []);
    assert.equal(result.claimable, true);
  });

  it('対象外の施設がない取組の円滑化経費は、ほかの取組の公立病院に引きずられない（参考の額は残る）', () => {
    const data = consolidationExample();
    const hospital = structuredClone(first(data));
    hospital.name = '市立病院の集約化';
    hospital.sourceFacilities[0]!.type = '病院・診療所';
    data.initiatives.push(hospital);
    const result = calculateConsolidation(data);
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['initiatives.1.sourceFacilities.0.type'],
    );
    // 取組1 だけが退けられ、取組0 の 800万円は参考として残る。
    assert.deepEqual(
      result.lines.map((line) => line.id),
      ['initiatives.0.smoothing'],
    );
    assert.equal(result.claimable, false);
    assert.equal(result.totals.yen, 0);
    assert.equal(result.referenceTotals.yen, 8_000_000);
  });
});

describe('集約化等: 調査検討経費（0.5、1団体あたり全取組で 500万円）', () => {
  it('1取組: 7,400,000 × 0.5 = 3,700,000円', () => {
    const result = calculateConsolidation(
      consolidationExample('prefecture-city-research-stage.json'),
    );
    const line = result.lines[0]!;
    assert.equal(line.id, 'initiatives.0.research');
    assert.equal(line.amount, 3_700_000);
    assert.equal(line.capped, false);
  });

  it('1取組: 12,000,001 × 0.5 = 6,000,000円（切捨て）→ 上限 5,000,000円', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    first(data).researchItems = [
      { category: 'その他', description: '基本構想の策定', amount: 12_000_001 },
    ];
    const line = calculateConsolidation(data).lines[0]!;
    assert.equal(line.amount, 5_000_000);
    assert.equal(line.capped, true);
  });

  it('2取組: A 6,000,000 × 0.5 = 3,000,000円、B 5,000,000 × 0.5 = 2,500,000円 → 500万 − 300万 = 2,000,000円、団体計 5,000,000円', () => {
    const data = consolidationExample('city-two-consolidations-research-cap.json');
    const result = calculateConsolidation(data);
    const [a, b] = result.lines;
    assert.equal(result.lines.length, 2);
    assert.equal(a?.id, 'initiatives.0.research');
    assert.equal(a?.amount, 3_000_000);
    assert.equal(a?.capped, false);
    assert.equal(a?.group?.path, 'initiatives.0');
    assert.equal(b?.id, 'initiatives.1.research');
    assert.equal(b?.base, 5_000_000);
    assert.equal(b?.cap, 2_000_000);
    assert.equal(b?.amount, 2_000_000);
    assert.equal(b?.capped, true);
    assert.deepEqual(b?.group, {
      path: 'initiatives.1',
      label: '県立・市立体育施設の複合化に向けた調査検討',
    });
    // The explanation says that the per-団体 cap bound across 取組.
    assert.match(
      b?.explanation ?? '',
      /1団体あたり全取組で上限 5,000,000円 − 先の取組の措置額 3,000,000円 = 残り 2,000,000円を適用して 2,000,000円/,
    );
    assert.equal(result.claimable, true);
    assert.deepEqual(result.totals, { yen: 5_000_000, thousandYen: 5_000 });
  });

  it('順序を入れ替えると B 2,500,000円、A は 500万 − 250万 = 2,500,000円（団体計は同じ 5,000,000円）', () => {
    const data = consolidationExample('city-two-consolidations-research-cap.json');
    data.initiatives.reverse();
    const lines = calculateConsolidation(data).lines;
    assert.deepEqual(
      lines.map((line) => [line.amount, line.capped]),
      [
        [2_500_000, false],
        [2_500_000, true],
      ],
    );
  });

  it('上限を使い切った後の取組は 0円（上限が効いたと示す）: 1,200万×0.5=600万→500万、次の 200万×0.5=100万→0円', () => {
    const data = consolidationExample('city-two-consolidations-research-cap.json');
    data.initiatives = [
      researchInitiative('取組A', [12_000_000]),
      researchInitiative('取組B', [2_000_000]),
    ];
    const lines = calculateConsolidation(data).lines;
    assert.deepEqual(
      lines.map((line) => [line.amount, line.capped]),
      [
        [5_000_000, true],
        [0, true],
      ],
    );
  });

  it('合計が上限以内なら各取組はそのまま: 200万×0.5 + 300万×0.5 + 400万×0.5 = 100万 + 150万 + 200万 = 450万円', () => {
    const data = consolidationExample('city-two-consolidations-research-cap.json');
    data.initiatives = [
      researchInitiative('取組A', [2_000_000]),
      researchInitiative('取組B', [3_000_000]),
      researchInitiative('取組C', [4_000_000]),
    ];
    const result = calculateConsolidation(data);
    assert.deepEqual(
      result.lines.map((line) => line.amount),
      [1_000_000, 1_500_000, 2_000_000],
    );
    assert.ok(result.lines.every((line) => !line.capped));
    assert.equal(result.totals.yen, 4_500_000);
  });

  it('集約先が決まっていなくても調査検討経費は申請できる: 2,400,000 × 0.5 = 1,200,000円', () => {
    const data = consolidationExample('town-research-stage-no-target.json');
    assert.equal(first(data).targetDecided, false);
    assert.equal(first(data).targetFacility, undefined);
    assert.equal(validateClaim(consolidationContract, data).success, true);
    const result = calculateConsolidation(data);
    assert.equal(result.claimable, true);
    assert.equal(result.totals.yen, 1_200_000);
  });
});

describe('集約化等: 複数団体（取組ごと）と参考の注記', () => {
  it('申請団体だけの取組は複数団体でないとして退けられる', () => {
    const data = consolidationExample();
    first(data).otherParties = [];
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'consolidation.singleDantai');
    assert.equal(result.issues[0]?.path, 'initiatives.0.otherParties');
    assert.deepEqual(result.lines, []);
    assert.equal(result.claimable, false);
  });

  it('申請団体自身を参加団体に入れても 2団体にはならない', () => {
    const data = consolidationExample();
    first(data).otherParties = [
      { kind: '地方公共団体', dantaiCode: data.applicant.dantaiCode, role: '設置者' },
    ];
    assert.equal(partyCount(first(data), data.applicant), 1);
    assert.equal(calculateConsolidation(data).issues[0]?.code, 'consolidation.singleDantai');
  });

  it('参加団体は取組ごとに数える（秋田県 + 秋田市 + 一部事務組合 = 3団体）', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    assert.equal(partyCount(first(data), data.applicant), 3);
  });

  it('複数団体でない取組は調査検討経費の上限を使わない: 取組B 5,000,000 × 0.5 = 2,500,000円のまま（参考）', () => {
    const data = consolidationExample('city-two-consolidations-research-cap.json');
    first(data).otherParties = [];
    const result = calculateConsolidation(data);
    assert.deepEqual(
      result.issues.map((issue) => issue.path),
      ['initiatives.0.otherParties'],
    );
    assert.deepEqual(
      result.lines.map((line) => [line.id, line.amount, line.capped]),
      [['initiatives.1.research', 2_500_000, false]],
    );
    assert.equal(result.claimable, false);
    assert.equal(result.totals.yen, 0);
    assert.equal(result.referenceTotals.yen, 2_500_000);
  });

  it('一部事務組合・広域連合を数えていることを、その取組の注記として示す', () => {
    const data = consolidationExample('prefecture-city-research-stage.json');
    const note = calculateConsolidation(data).notes.find(
      (n) => n.path === 'initiatives.0.otherParties',
    );
    assert.match(note?.message ?? '', /一部事務組合・広域連合を参加団体に数えています/);
  });

  it('延床面積の増減を取組ごとに示す（集約前 6,925.4 + 3,280.15 = 10,205.55㎡ → 集約後 9,860㎡）', () => {
    const data = consolidationExample();
    assert.deepEqual(floorAreaChange(first(data)), {
      before: 10_205.55,
      after: 9_860,
      change: -345.55,
      decreased: true,
    });
    const note = calculateConsolidation(data).notes.find(
      (n) => n.path === 'initiatives.0.targetFacility.floorArea',
    );
    assert.match(note?.message ?? '', /集約前 10,205.55㎡ → 集約後 9,860㎡（-345.55㎡）/);
  });

  it('集約先が決まっていない取組には延床面積の注記を出さない', () => {
    const data = consolidationExample('town-research-stage-no-target.json');
    const notes = calculateConsolidation(data).notes;
    assert.ok(notes.every((note) => !note.path.endsWith('floorArea')));
  });

  it('令和6年度は創設前', () => {
    const data = consolidationExample();
    data.fiscalYear = 2024;
    const result = calculateConsolidation(data);
    assert.equal(result.issues[0]?.code, 'rules.measureNotInForce');
    assert.equal(result.claimable, false);
    assert.equal(validateClaim(consolidationContract, data).success, false);
  });
});

describe('集約化等完了年度（取組ごと）', () => {
  it('集約先の供用開始日（2025-10-05）の年度 = 令和7年度; 集約先を「未定」に戻すと完了年度はない', () => {
    const data = consolidationExample();
    assert.equal(completionFiscalYear(first(data)), 2025);
    first(data).targetDecided = false;
    assert.equal(completionFiscalYear(first(data)), undefined);
  });

  it('機能統合は決定日（2026-05-10）の年度 = 令和8年度、集約先の有無によらない', () => {
    const data = consolidationExample();
    first(data).method = '機能統合';
    first(data).integrationDecisionDate = '2026-05-10';
    first(data).targetDecided = false;
    assert.equal(completionFiscalYear(first(data)), 2026);
  });
});
