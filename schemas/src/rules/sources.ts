// Where the numbers in the rule tables come from (SPEC.md §2; the slides are in the workspace's seeds/).

/** A citation for one rule-table row or parameter: the document, who issued it, and when. */
export interface RuleSource {
  readonly title: string;
  readonly publisher: string;
  /** The issue date as printed on the document or its cover (和暦). */
  readonly issued: string;
  readonly detail: string;
}

/** 総務省「広域連携（定住自立圏構想の推進等）について」: 地方公務員の人材確保に係る特別交付税措置（令和6年度～）. */
export const specialistDispatchSource: RuleSource = {
  title: '広域連携（定住自立圏構想の推進等）について',
  publisher: '総務省 自治行政局 市町村課・地域力創造グループ 地域自立応援課',
  // The slides carry no date of their own; their figures are 「R7.4.1現在」.
  issued: '令和7年4月1日現在',
  detail: '「地方公務員の人材確保に係る特別交付税措置（令和6年度～）」の概要（対象経費等・※1～※3）',
};

/** 総務省 通知「複数団体による公共施設の集約化・複合化等に係る取組の推進について」（令和7年1月23日）. */
export const consolidationSource: RuleSource = {
  title: '複数団体による公共施設の集約化・複合化等に係る取組の推進について',
  publisher: '総務省 自治行政局 市町村課長・地域力創造グループ 地域自立応援課長 等通知',
  issued: '令和7年1月23日付け',
  detail:
    '「第一 公共施設の集約化等に係る地方財政措置の創設等について」（調査検討経費・円滑化経費の特別交付税措置）',
};
