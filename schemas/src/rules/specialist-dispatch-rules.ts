// 地方公務員の人材確保に係る特別交付税措置 (連携協約に基づく専門人材派遣), by fiscal year.
// Next year's change is one more row; code never repeats these numbers.
import type { EmploymentType, Occupation } from '../forms/specialist-dispatch-choices.ts';
import { specialistDispatchIdentity } from '../forms/specialist-dispatch-identity.ts';
import type { Rate } from './rate.ts';
import type { RuleParameter } from './rule-parameter.ts';
import type { RuleTable } from './rules-for.ts';
import { type RuleSource, specialistDispatchSource } from './sources.ts';

/** A 職種 the measure refuses, with the reason and where to look instead. */
export interface ExcludedOccupation {
  readonly occupation: Occupation;
  readonly reason: string;
}

/** The rules of the specialist-dispatch measure in force from `fromFiscalYear`. */
export interface SpecialistDispatchRules {
  readonly measure: 'specialist-dispatch';
  readonly title: string;
  readonly fromFiscalYear: number;
  readonly source: RuleSource;
  /** 措置率 of every line (no 財政力補正). */
  readonly rate: RuleParameter<Rate>;
  /** (1) 募集経費: cap per 派遣元団体 and fiscal year. */
  readonly recruitmentCapPerDantai: RuleParameter<number>;
  /** (2a) 人件費 and (2b) 負担金: cap per person and fiscal year (「600万円程度」). */
  readonly personCap: RuleParameter<number>;
  /** Whether the caps run per fiscal year or per claim. */
  readonly capPeriod: RuleParameter<'年度ごと'>;
  /** 職種 the measure refuses; every other 職種 of OCCUPATIONS is a target. */
  readonly excludedOccupations: readonly ExcludedOccupation[];
  readonly countedEmploymentTypes: readonly EmploymentType[];
}

export const specialistDispatchRuleTable: readonly SpecialistDispatchRules[] = [
  {
    measure: 'specialist-dispatch',
    title: '地方公務員の人材確保に係る特別交付税措置（連携協約に基づく専門人材派遣）',
    fromFiscalYear: 2024,
    source: specialistDispatchSource,
    rate: {
      value: { numerator: 1, denominator: 2 },
      source: specialistDispatchSource,
      note: '財政力補正なし',
    },
    recruitmentCapPerDantai: {
      value: 1_000_000,
      source: specialistDispatchSource,
      note: '1団体・1年度あたり',
    },
    personCap: {
      value: 6_000_000,
      source: specialistDispatchSource,
      note: '「600万円程度/人」による1人・1年度あたりの額',
    },
    capPeriod: {
      value: '年度ごと',
      source: specialistDispatchSource,
      note: '特別交付税の算定年度ごとに適用',
    },
    excludedOccupations: [
      {
        occupation: 'デジタル人材',
        reason:
          'デジタル人材は、この措置の対象外です。デジタル人材の確保には別途の地方財政措置が講じられているため、そちらの要件を確認してください。',
      },
      {
        occupation: '技術職員',
        reason:
          '技術職員は、この措置の対象外です。市町村を支援する技術職員の確保には別途の地方財政措置が講じられているため、そちらの要件を確認してください。',
      },
    ],
    countedEmploymentTypes: ['任期の定めのない常勤職員', '任期付職員', '非常勤職員'],
  },
];

/** The table as `rulesFor` reads it. */
export const specialistDispatchRules: RuleTable<SpecialistDispatchRules> = {
  measureName: specialistDispatchIdentity.title,
  rows: specialistDispatchRuleTable,
};
