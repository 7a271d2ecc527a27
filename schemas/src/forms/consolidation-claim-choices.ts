// The fixed answer lists of the consolidation form. Its rule table says which 施設類型 the
// measure excludes.

/** 集約化等の手法. */
export const CONSOLIDATION_METHODS = ['集約化', '複合化', '機能統合'] as const;
export type ConsolidationMethod = (typeof CONSOLIDATION_METHODS)[number];

/** 参加団体の種類: a 一部事務組合・広域連合 may take part (SPEC §2.3, with a note). */
export const PARTY_KINDS = ['地方公共団体', '一部事務組合・広域連合'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** 連携の枠組み. */
export const FRAMEWORKS = [
  '協議会',
  '連携協約',
  '定住自立圏・連携中枢都市圏',
  '一部事務組合・広域連合',
  '事務の委託',
  'その他',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * 施設類型. The 地方公営企業 (地方公営企業法) kinds and 公営住宅 are listed one by one, because
 * 円滑化経費 excludes them: the rule table tags each excluded kind.
 */
export const FACILITY_TYPES = [
  '図書館',
  '文化施設（ホール等）',
  '体育施設',
  '学校',
  '公民館・集会施設',
  '庁舎',
  '福祉施設',
  '給食施設',
  '病院・診療所',
  '水道',
  '工業用水道',
  '下水道',
  '交通（軌道・自動車運送・鉄道）',
  '電気',
  'ガス',
  'その他の公営企業',
  '公営住宅',
  'その他',
] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** Whether the facility the others go into is newly built or an existing one. */
export const TARGET_FACILITY_KINDS = ['新設', '既存'] as const;

/** 措置区分: the stages a consolidation claim may cover. */
export const CONSOLIDATION_STAGES = ['調査検討経費', '円滑化経費'] as const;
export type ConsolidationStage = (typeof CONSOLIDATION_STAGES)[number];

/** 調査検討経費の区分. */
export const RESEARCH_CATEGORIES = [
  '利用実態・立地等の調査・分析',
  '協議会の開催',
  '有識者の招聘',
  'その他',
] as const;

/** 円滑化経費の区分. */
export const SMOOTHING_CATEGORIES = [
  '広報・説明会',
  '移転',
  '備品',
  '住民の移動費用',
  '激変緩和',
  'その他',
] as const;

/** What the 完了年度 is decided from: 供用開始 of the new facility, or the decision of a 機能統合. */
export const COMPLETION_BASES = ['供用開始日', '機能統合の決定日'] as const;
export type CompletionBasis = (typeof COMPLETION_BASES)[number];

/** 添付書類 of the consolidation claim. */
export const CONSOLIDATION_ATTACHMENT_KINDS = [
  '協議の記録・協定書等',
  '施設の概要',
  '公共施設等総合管理計画（抜粋）',
  '経費の内訳',
  'その他',
] as const;
