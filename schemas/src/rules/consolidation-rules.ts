// 複数団体による公共施設の集約化・複合化等に係る特別交付税措置, by fiscal year.
// Next year's change is one more row; code never repeats these numbers.
import type { FacilityType } from '../forms/consolidation-claim-choices.ts';
import { consolidationIdentity } from '../forms/consolidation-claim-identity.ts';
import type { Rate } from './rate.ts';
import type { RuleParameter } from './rule-parameter.ts';
import type { RuleTable } from './rules-for.ts';
import { consolidationSource, type RuleSource } from './sources.ts';

/** A 施設類型 whose facilities cannot claim 円滑化経費 (公営住宅, and 地方公営企業 facilities). */
export interface ExcludedFacilityType {
  readonly type: FacilityType;
  readonly reason: string;
}

/** The rules of the consolidation measure in force from `fromFiscalYear`. */
export interface ConsolidationRules {
  readonly measure: 'consolidation-claim';
  readonly title: string;
  readonly fromFiscalYear: number;
  readonly source: RuleSource;
  /** 団体 that must take part, the applicant included (複数団体). */
  readonly minimumParties: RuleParameter<number>;
  readonly research: {
    readonly rate: RuleParameter<Rate>;
    /** Cap per 団体, applied per fiscal year. */
    readonly capPerDantai: RuleParameter<number>;
  };
  readonly smoothing: {
    readonly rate: RuleParameter<Rate>;
    /** Cap per 集約化等 and 団体, over the whole window. */
    readonly capPerConsolidation: RuleParameter<number>;
    /** Fiscal years in the window, the 集約化等完了年度 being the first. */
    readonly windowFiscalYears: RuleParameter<number>;
    readonly excludedFacilityTypes: readonly ExcludedFacilityType[];
  };
}

export const consolidationRuleTable: readonly ConsolidationRules[] = [
  {
    measure: 'consolidation-claim',
    title: '複数団体による公共施設の集約化・複合化等に係る特別交付税措置',
    fromFiscalYear: 2025,
    source: consolidationSource,
    minimumParties: {
      value: 2,
      source: consolidationSource,
      note: '申請団体を含む。一部事務組合・広域連合も1団体として数える',
    },
    research: {
      rate: { value: { numerator: 1, denominator: 2 }, source: consolidationSource },
      capPerDantai: {
        value: 5_000_000,
        source: consolidationSource,
        note: '1団体・1年度あたり',
      },
    },
    smoothing: {
      rate: { value: { numerator: 4, denominator: 5 }, source: consolidationSource },
      capPerConsolidation: {
        value: 50_000_000,
        source: consolidationSource,
        note: '集約化等1件・1団体あたり、完了年度から5年度間の合計額です。',
      },
      windowFiscalYears: { value: 5, source: consolidationSource },
      excludedFacilityTypes: [
        { type: '公営住宅', reason: '公営住宅の施設は円滑化経費の対象外です。' },
        { type: '公営企業', reason: '公営企業の施設は円滑化経費の対象外です。' },
        // SPEC §2.2: a 公立病院・診療所 is a 地方公営企業 (病院事業) facility.
        {
          type: '病院・診療所',
          reason:
            '公立病院・診療所は地方公営企業（病院事業）の施設のため、円滑化経費の対象外です。',
        },
      ],
    },
  },
];

/** The table as `rulesFor` reads it. */
export const consolidationRules: RuleTable<ConsolidationRules> = {
  measureName: consolidationIdentity.title,
  rows: consolidationRuleTable,
};
