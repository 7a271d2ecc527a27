// The fixed answer lists of the training form (seed 003, 「新たな政策課題に関する地方公務員の人材育成に
// 係る地方交付税措置の創設」). Which 経費 each kind of training may claim is in the rule table.

/**
 * 研修の区分: (1) training for the 団体's own staff; (2) a 都道府県等's wide-area training that
 * includes municipal staff.
 */
export const TRAINING_KINDS = ['自団体職員向け', '広域研修'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** True for one of TRAINING_KINDS (a draft or a server payload may hold anything). */
export function isTrainingKind(value: unknown): value is TrainingKind {
  return TRAINING_KINDS.includes(value as TrainingKind);
}

/** 経費の区分 of the material. */
export const COST_GROUPS = ['研修開催経費', '研修受講経費'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

/** 対象経費 (the material's items), each in its 区分 (see COST_GROUP_OF). */
export const COST_CATEGORIES = [
  '講師謝金',
  '講師旅費',
  '研修委託費',
  '職員旅費',
  '外部研修受講料',
  'eラーニング利用料',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** True for one of COST_CATEGORIES. */
export function isCostCategory(value: unknown): value is CostCategory {
  return COST_CATEGORIES.includes(value as CostCategory);
}

/** Which 区分 each 対象経費 belongs to, as the material groups them. */
export const COST_GROUP_OF: Readonly<Record<CostCategory, CostGroup>> = {
  講師謝金: '研修開催経費',
  講師旅費: '研修開催経費',
  研修委託費: '研修開催経費',
  職員旅費: '研修受講経費',
  外部研修受講料: '研修受講経費',
  eラーニング利用料: '研修受講経費',
};

/** The 対象経費 of the given 区分, in list order (e.g. what a 広域研修's cost line may choose). */
export function categoriesOfGroups(groups: readonly CostGroup[]): CostCategory[] {
  return COST_CATEGORIES.filter((category) => groups.includes(COST_GROUP_OF[category]));
}

/** Where a requirement is written: the new 基本方針 itself or its 実施計画. */
export const POLICY_DOCUMENTS = ['人材育成基本方針', '実施計画'] as const;
export type PolicyDocument = (typeof POLICY_DOCUMENTS)[number];

/** 添付書類. */
export const TRAINING_ATTACHMENT_KINDS = [
  '人材育成基本方針',
  '実施計画',
  '中長期的な計画等（該当部分）',
  '研修の実施要領・日程表',
  '経費の内訳が分かる資料',
  'その他',
] as const;
