// Where the numbers in the rule tables come from (SPEC.md §2; the slides are in the workspace's seeds/).

/** A citation for one rule-table row or parameter. */
export interface RuleSource {
  readonly title: string;
  readonly publisher: string;
  readonly detail: string;
}

/** 総務省「広域連携（定住自立圏構想の推進等）について」: 地方公務員の人材確保に係る特別交付税措置（令和6年度～）. */
export const specialistDispatchSource: RuleSource = {
  title: '広域連携（定住自立圏構想の推進等）について',
  publisher: '総務省 自治行政局 市町村課・地域力創造グループ 地域自立応援課',
  detail: '「地方公務員の人材確保に係る特別交付税措置（令和6年度～）」の概要（対象経費等・※1～※3）',
};

/** The same 総務省 material: 複数団体による公共施設の集約化・複合化等の推進（令和7年度～）. */
export const consolidationSource: RuleSource = {
  title: '広域連携（定住自立圏構想の推進等）について',
  publisher: '総務省 自治行政局 市町村課・地域力創造グループ 地域自立応援課',
  detail:
    '「複数団体による公共施設の集約化・複合化等の推進（令和7年度～）」の財政措置等（令和7年1月23日付け総務省自治行政局市町村課長等通知を含む）',
};

/** Where the material is silent and this kit chose a default (SPEC.md §2.3). */
export const kitDefaultSource: RuleSource = {
  title: 'Koiki Forms の既定値（資料に明記なし）',
  publisher: 'Koiki Forms',
  detail: '公表資料に明記がないため既定値を置き、画面と算定調書に注記します。',
};
