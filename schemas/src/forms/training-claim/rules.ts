// 新たな政策課題に関する地方公務員の人材育成に係る地方交付税措置, by fiscal year.
// Next year's change is one more row; code never repeats these numbers.
//
// From FY2025 (令和7年度): the material (seed 003, 総務省「広域連携（定住自立圏構想の推進等）について」,
// figures as of R7.4.1) presents this measure as 「創設」 in the same R7 package as the 集約化等 measures,
// which it states are created 「令和7年度より」; the R6 measure of the deck is marked 「R6年度創設」
// instead. No earlier year is named, so the table starts at FY2025.
import type { Rate } from '../../rules/rate.ts';
import type { RuleParameter } from '../../rules/rule-parameter.ts';
import type { RuleTable } from '../../rules/rules-for.ts';
import { type RuleSource, specialistDispatchSource } from '../../rules/sources.ts';
import type { CostGroup, TrainingKind } from './choices.ts';
import { trainingClaimIdentity } from './identity.ts';

/** Seed 003's section on this measure (the same deck as the specialist-dispatch measure). */
export const trainingSource: RuleSource = {
  ...specialistDispatchSource,
  detail:
    '「新たな政策課題に関する地方公務員の人材育成に係る地方交付税措置の創設」（概要・対象経費等）',
};

/** The level of a 団体 as the material tells claimants apart. */
export type DantaiLevel = '都道府県' | '市町村';
export const DANTAI_LEVELS: readonly DantaiLevel[] = ['都道府県', '市町村'];

/** How the 地方交付税 finances the training. Only 特別交付税 is claimed with this form. */
export type Allocation = '特別交付税' | '普通交付税';
export const CLAIMED_ALLOCATION: Allocation = '特別交付税';

/** The rules of one 研修の区分. */
export interface TrainingKindRules {
  readonly rate: RuleParameter<Rate>;
  /** The 経費区分 this kind may claim. */
  readonly costGroups: RuleParameter<readonly CostGroup[]>;
  /** How each level of 団体 is financed for this kind; a level absent does not hold this kind. */
  readonly allocation: RuleParameter<Readonly<Partial<Record<DantaiLevel, Allocation>>>>;
}

/** The rules of the training measure in force from `fromFiscalYear`. */
export interface TrainingRules {
  readonly measure: 'training-claim';
  readonly title: string;
  readonly fromFiscalYear: number;
  readonly source: RuleSource;
  readonly kinds: Readonly<Record<TrainingKind, TrainingKindRules>>;
  /** 「人材育成・確保基本方針策定指針」's publication: the 基本方針 is a new one made after it. */
  readonly guidelinePublished: RuleParameter<string>;
  /** 措置額の上限: the material names none, so the table says so (null: 上限なし). */
  readonly cap: RuleParameter<null>;
}

const half: Rate = { numerator: 1, denominator: 2 };

export const trainingRuleTable: readonly TrainingRules[] = [
  {
    measure: 'training-claim',
    title: '新たな政策課題に関する地方公務員の人材育成に係る地方交付税措置（特別交付税）',
    fromFiscalYear: 2025,
    source: trainingSource,
    kinds: {
      自団体職員向け: {
        rate: { value: half, source: trainingSource },
        costGroups: { value: ['研修開催経費', '研修受講経費'], source: trainingSource },
        allocation: {
          value: { 市町村: '特別交付税', 都道府県: '普通交付税' },
          source: trainingSource,
        },
      },
      広域研修: {
        rate: { value: half, source: trainingSource },
        costGroups: { value: ['研修開催経費'], source: trainingSource },
        allocation: {
          value: { 都道府県: '特別交付税' },
          source: trainingSource,
          note: '都道府県等が市町村職員を含む広域的な研修を開催する場合',
        },
      },
    },
    guidelinePublished: {
      value: '2023-12-22',
      source: trainingSource,
      note: '「人材育成・確保基本方針策定指針」（総務省公表）を参考に新たに策定する基本方針が対象',
    },
    cap: { value: null, source: trainingSource },
  },
];

/** The table as `rulesFor` reads it. */
export const trainingRules: RuleTable<TrainingRules> = {
  measureName: trainingClaimIdentity.title,
  rows: trainingRuleTable,
};
