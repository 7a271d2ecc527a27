// 複数団体による公共施設の集約化・複合化等に係る特別交付税措置, by fiscal year.
// Next year's change is one more row; code never repeats these numbers.
import type { FacilityType } from '../forms/consolidation-claim-choices.ts';
import { consolidationIdentity } from '../forms/consolidation-claim-identity.ts';
import type { Rate } from './rate.ts';
import type { RuleParameter } from './rule-parameter.ts';
import type { RuleTable } from './rules-for.ts';
import { consolidationSource, type RuleSource } from './sources.ts';

/** Why a 施設類型 cannot claim 円滑化経費: it is a 地方公営企業's facility, or 公営住宅. */
export type FacilityExclusion = '公営企業' | '公営住宅';

/** A 施設類型 whose facilities cannot claim 円滑化経費, with its tag. */
export interface ExcludedFacilityType {
  readonly type: FacilityType;
  readonly tag: FacilityExclusion;
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
      // SPEC §2.2: the 地方公営企業 (地方公営企業法 第2条 and the 事業 run under it) and 公営住宅.
      excludedFacilityTypes: [
        { type: '病院・診療所', tag: '公営企業' },
        { type: '水道', tag: '公営企業' },
        { type: '工業用水道', tag: '公営企業' },
        { type: '下水道', tag: '公営企業' },
        { type: '交通（軌道・自動車運送・鉄道）', tag: '公営企業' },
        { type: '電気', tag: '公営企業' },
        { type: 'ガス', tag: '公営企業' },
        { type: 'その他の公営企業', tag: '公営企業' },
        { type: '公営住宅', tag: '公営住宅' },
      ],
    },
  },
];

/** The table as `rulesFor` reads it. */
export const consolidationRules: RuleTable<ConsolidationRules> = {
  measureName: consolidationIdentity.title,
  rows: consolidationRuleTable,
};
