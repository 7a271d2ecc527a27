// Every message of our own domain rules, keyed by code. Generic messages come from zod's ja locale.
// Placeholders are written {name} and filled by formatMessage.

export const domainMessages = {
  // Both forms
  'rules.measureNotInForce':
    '{measure}は{since}に創設された措置のため、{fiscalYear}は対象になりません。対象年度を確認してください。',
  'common.required': '入力してください。',
  'common.choose': '選んでください。',
  'common.isoDate': '日付を「2026-11-23」の形式（西暦・ISO 8601）で入力してください。',
  'common.wholeYen': '金額は0以上の整数（円単位）で入力してください。',
  'common.dantaiCode':
    '団体コード「{code}」は正しくありません。6桁の全国地方公共団体コード（検査数字を含む）を入力してください。',
  'common.phone':
    '電話番号は「03-5253-5111」のように、市外局番から半角数字とハイフンで入力してください。',
  'common.email': 'メールアドレスは「tanto@pref.example.lg.jp」の形式で入力してください。',
  'common.nonJis':
    '「{chars}」は国のシステムで扱えない文字です（{reasons}）。JIS第1・第2水準の文字に置き換えてください（例：髙→高、①→1）。',
  'common.floorArea': '延床面積は0以上の数（㎡）で入力してください。',
  'common.fiscalYear': '年度は西暦の数（例：2026）で入力してください。',
  'common.otherText': '「その他」を選んだときは、その内容を入力してください。',
  'common.notAfter': '{earlier}は{later}以前の日付にしてください。',

  // 連携協約に基づく専門人材派遣
  'dispatch.postsRequired': '派遣する職員（ポスト）を1件以上入力してください。',
  'dispatch.partiesTooFew': '連携協約の当事者を2団体以上入力してください。',
  'dispatch.partyDuplicate': '同じ団体が当事者に2回入っています。重複を削除してください。',
  'dispatch.applicantNotParty':
    '申請団体が連携協約の当事者に含まれていません。当事者に申請団体を加えてください。',
  'dispatch.recipientNotParty':
    '派遣先団体が連携協約の当事者に含まれていません。当事者に派遣先団体を加えてください。',
  'dispatch.recipientMustBeApplicant':
    '派遣先として申請するときは、派遣先団体は申請団体と同じ団体にしてください。',
  'dispatch.recipientIsApplicant':
    '派遣元として申請するときは、派遣先団体には申請団体以外の市町村を選んでください。',
  'dispatch.recipientNotMunicipality':
    '派遣先には市町村を選んでください。都道府県は派遣先になりません。',
  'dispatch.recipientExcluded':
    '{reason}。派遣先は、政令指定都市・中核市・県庁所在地以外の市町村に限られます。',
  'dispatch.articleRequired': '協約に定めがあるときは、その条項（例：第3条）を入力してください。',
  'dispatch.agreementLacks':
    '連携協約に{content}が定められていないため、この措置の対象になりません。連携協約に基本方針・役割分担・派遣職員に求められる専門性を定めてください。',
  'dispatch.memorandumRequired':
    '連携協約に派遣職員の人数・期間の定めがないときは、協定・覚書の締結日と、人数・期間を定めているかを入力してください。',
  'dispatch.memorandumLacks':
    '連携協約にも協定・覚書にも派遣職員の人数・期間が明記されていないため、この措置の対象になりません。協定・覚書に人数・期間を明記してください。',
  'dispatch.occupationExcluded': '{reason}',
  'dispatch.confirmationsRequired':
    '任期の定めのない常勤職員のときは、2つの確認事項（主な所掌事務・採用区分）に回答してください。',
  'dispatch.permanentNotConfirmed':
    '任期の定めのない常勤職員は、①主な所掌事務が市町村支援業務であり、かつ②連携協約に定める専門人材の業務に従事する専門職員として採用されている（又は準じた人事上の取扱いを受けている）場合に限り対象です。',
  'dispatch.periodOutsideFiscalYear':
    '派遣期間が{fiscalYear}（{start}～{end}）と重なっていません。派遣期間か対象年度を確認してください。',
  'dispatch.personnelCostRequired':
    '派遣元として申請するとき（自治法派遣以外）は、この職員の人件費を入力してください。',
  'dispatch.contributionRequired':
    '自治法派遣の負担金を申請するときは、この職員に係る負担金の額を入力してください。',
  'dispatch.firstYearRequired':
    '自治法派遣のときは、今年度がこのポストの派遣初年度かどうかを選んでください。',
  'dispatch.notFirstYear':
    '自治法派遣の負担金は、派遣先ポストごとに派遣初年度の分だけが対象です。このポストは派遣初年度ではないため対象になりません。',
  'dispatch.noteContributionToRecipient':
    '自治法派遣のため、この職員の経費は派遣先団体が負担金として申請します（派遣元の人件費は対象外）。',
  'dispatch.notePersonnelToSender':
    '自治法派遣ではないため、この職員の経費は派遣元団体が人件費として申請します。',

  // 複数団体による公共施設の集約化・複合化等
  'consolidation.singleDantai':
    '参加団体が申請団体だけです。この措置は複数団体（申請団体を含めて{minimum}団体以上）による取組が対象です。参加する団体を加えてください。',
  'consolidation.partyDuplicate': '同じ団体が2回入っています。重複を削除してください。',
  'consolidation.partyName': '一部事務組合・広域連合の名称を入力してください。',
  'consolidation.ownerNotParty':
    '施設の設置団体は、申請団体または参加団体の中から選んでください（団体コード「{code}」は参加していません）。',
  'consolidation.stagesRequired': '申請する措置区分を1つ以上選んでください。',
  'consolidation.stageDuplicate': '同じ措置区分が2回選ばれています。',
  'consolidation.facilitiesRequired': '集約元の施設を1件以上入力してください。',
  'consolidation.serviceStartRequired':
    '集約先施設の供用開始（予定）日を入力してください（機能統合のときは不要です）。',
  'consolidation.itemsRequired': '{stage}を申請するときは、経費を1件以上入力してください。',
  'consolidation.completionRequired':
    '円滑化経費を申請するときは、機能統合を決定した日を入力してください。集約化等完了年度はこの日から決まります。',
  'consolidation.excludedFacility':
    '{reason}円滑化経費を申請するときは、公営住宅・公営企業の施設を含めないでください。',
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
    '前年度までの円滑化経費の措置額の合計 {earlier}円 が上限 {cap}円 に達しているため、今年度の円滑化経費は措置されません。',
  'consolidation.noteRemaining':
    '円滑化経費の上限の残り（{first}～{last}）：今年度の措置後 {remaining}円',
  'consolidation.noteFloorArea':
    '延床面積：集約前 {before}㎡ → 集約後 {after}㎡（{change}㎡）。公共施設等適正管理推進事業債（集約化・複合化事業）を活用するには、延床面積の減少が要件です（参考）。',
  'consolidation.noteJointBody':
    '一部事務組合・広域連合を参加団体に数えています（資料に明記がないための既定の扱いです）。',
} as const;

export type DomainMessageCode = keyof typeof domainMessages;

/** The Japanese message of `code` with its {placeholders} filled in. */
export function formatMessage(
  code: DomainMessageCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return domainMessages[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
