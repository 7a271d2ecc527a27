// The messages of the specialist-dispatch rules (連携協約に基づく専門人材派遣), keyed by code.
import { messageFormatter } from './domain-messages.ts';

export const specialistDispatchMessages = {
  'dispatch.postsRequired':
    '派遣する職員（ポスト）を1件以上入力してください。募集経費だけを申請するときは、派遣元として募集経費を入力します。',
  'dispatch.agreementsRequired': '連携協約を1件以上入力してください。',
  'dispatch.agreementNameDuplicate':
    '同じ協約名の連携協約が2件あります。協約名で区別できるように入力してください。',
  'dispatch.postAgreementUnknown':
    '協約「{name}」は入力した連携協約にありません。この職の連携協約を選び直してください。',
  'dispatch.recruitedOccupationsRequired':
    '派遣する職員がまだ決まっていないときは、募集する職種を選んでください。',
  'dispatch.outsideArea':
    '{what}（団体コード {code}、{prefecture}）は、申請団体の{applicantPrefecture}の区域外の団体です。誤りでないことを確認してください。',
  'dispatch.outsideAreaConfirm':
    '申請団体の都道府県の区域外の団体が含まれています。誤りでないことを確認したら「はい」を選んでください（算定調書に記載されます）。',
  'dispatch.firstYearContradicts':
    '派遣初年度の回答（{answer}）が、派遣開始日（{start}、{startYear}）と合いません。{fiscalYear}は{actual}。',
  'dispatch.periodEnded':
    '派遣期間が{fiscalYear}の始まり（{start}）より前に終わっています。派遣期間か対象年度を確認してください。',
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
    '連携協約にも協定・覚書にも派遣職員の人数・期間の定めがないため、この措置の対象になりません。協定・覚書に人数・期間を定めてください。',
  'dispatch.occupationExcluded': '{reason}',
  'dispatch.confirmationsRequired':
    '任期の定めのない常勤職員のときは、2つの確認事項（主な所掌事務・採用区分）に回答してください。',
  'dispatch.permanentNotConfirmed':
    '任期の定めのない常勤職員は、①主な所掌事務が市町村支援業務であり、かつ②連携協約に定める専門人材の業務に従事する専門職員として採用されている（又は準じた人事上の取扱いを受けている）場合に限り対象です。',
  'dispatch.personnelCostRequired':
    '派遣元として申請するとき（自治法派遣以外）は、この職員の人件費を入力してください。',
  'dispatch.contributionRequired':
    '自治法派遣の負担金を申請するときは、この職員に係る負担金の額を入力してください。',
  'dispatch.notFirstYear':
    '自治法派遣の負担金は、派遣先ポストごとに派遣初年度の分だけが対象です。このポストは派遣開始日（{start}）が{startYear}のため、{fiscalYear}は派遣初年度ではなく、対象になりません。',
  'dispatch.noteContributionToRecipient':
    '自治法派遣のため、この職員の経費は派遣先団体が負担金として申請します（派遣元の人件費は対象外）。',
  'dispatch.notePlanned':
    'この職は{start}から派遣する予定のため、今年度の人件費・負担金の算定はありません。',
  'dispatch.notePersonnelToSender':
    '自治法派遣ではないため、この職員の経費は派遣元団体が人件費として申請します。',
} as const;

/** A specialist-dispatch message (or a shared one) with its {placeholders} filled in. */
export const formatDispatchMessage = messageFormatter(specialistDispatchMessages);
