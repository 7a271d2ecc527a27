// The messages of the consolidation rules (複数団体による公共施設の集約化・複合化等), keyed by code.
import { messageFormatter } from './domain-messages.ts';

export const consolidationMessages = {
  'consolidation.singleDantai':
    '参加団体が申請団体だけです。この措置は複数団体（申請団体を含めて{minimum}団体以上）による取組が対象です。参加する団体を加えてください。',
  'consolidation.partyDuplicate': '同じ団体が2回入っています。重複を削除してください。',
  'consolidation.partyName': '一部事務組合・広域連合の名称を入力してください。',
  'consolidation.ownerNotParty':
    '施設の設置団体は、申請団体または参加団体の中から選んでください（団体コード「{code}」は参加していません）。',
  'consolidation.stagesRequired': '申請する措置区分を1つ以上選んでください。',
  'consolidation.stageDuplicate': '同じ措置区分が2回選ばれています。',
  'consolidation.facilitiesRequired': '集約元の施設を1件以上入力してください。',
  'consolidation.initiativesRequired': '集約化等の取組を1件以上入力してください。',
  'consolidation.targetRequired': '集約先の施設を入力してください。',
  'consolidation.targetRequiredForSmoothing':
    '円滑化経費は、集約先の施設が決まってから申請できます。集約先が決まっていないときは、調査検討経費だけを申請します。',
  'consolidation.excludedFacilityTag':
    '{tag}の施設は円滑化経費の対象外です（「{type}」）。調査検討経費は申請できます。',
  'consolidation.serviceStartRequired':
    '集約先施設の供用開始（予定）日を入力してください（機能統合のときは不要です）。',
  'consolidation.itemsRequired': '{stage}を申請するときは、経費を1件以上入力してください。',
  'consolidation.completionRequired':
    '円滑化経費を申請するときは、機能統合を決定した日を入力してください。集約化等完了年度はこの日から決まります。',
  'consolidation.beforeWindow':
    '円滑化経費は集約化等完了年度（{completion}）から対象です。{fiscalYear}はまだ対象になりません。',
  'consolidation.afterWindow':
    '円滑化経費の対象は集約化等完了年度（{completion}）から{years}年度間（{last}まで）です。{fiscalYear}は対象期間を過ぎています。',
  'consolidation.earlierYearDuplicate': '同じ年度が2回入っています。年度ごとに1行にしてください。',
  'consolidation.earlierYearNotBefore':
    '前年度までの措置額には、対象年度（{fiscalYear}）より前の年度を入力してください。',
  'consolidation.earlierYearBeforeCompletion':
    '集約化等完了年度（{completion}）より前の年度は、円滑化経費の5年度間に含まれません。',
  'consolidation.cumulativeCapReached':
    '前年度までの円滑化経費の措置額の合計 {earlier} が上限 {cap} に達しているため、今年度の円滑化経費は措置されません。',
  'consolidation.noteRemaining':
    '「{initiative}」の円滑化経費の上限の残り（{first}～{last}）：今年度の措置後 {remaining}',
  'consolidation.noteFloorArea':
    '「{initiative}」の延床面積：集約前 {before}㎡ → 集約後 {after}㎡（{change}㎡）。公共施設等適正管理推進事業債（集約化・複合化事業）を活用するには、延床面積の減少が要件です（参考）。',
  'consolidation.noteJointBody':
    '「{initiative}」では、一部事務組合・広域連合を参加団体に数えています。',
} as const;

/** A consolidation message (or a shared one) with its {placeholders} filled in. */
export const formatConsolidationMessage = messageFormatter(consolidationMessages);
