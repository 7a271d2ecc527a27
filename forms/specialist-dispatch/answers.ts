// Questions about the answers so far, shared by the steps (`when`), the 'info' texts and the PDF.
// Data may be half-typed, so everything reads it as a draft and never throws.
import {
  type DraftData,
  dispatchExclusion,
  formatFiscalYear,
  isKnownFiscalYear,
  isPrefectureCode,
  isValidDantaiCode,
  notificationAuthority,
  ownPostClaim,
  postClaimRule,
  rulesOrLatest,
  type SpecialistDispatch,
  type SpecialistDispatchPost,
  type SpecialistDispatchRules,
  specialistDispatchRules,
} from '@koiki/schemas';
import { dantaiName } from '../dantai-names.ts';

export type Draft = DraftData<SpecialistDispatch>;
export type DraftPost = DraftData<SpecialistDispatchPost>;

/** The rules in force in the claim's fiscal year; before one is entered, the latest row. */
export const rulesOf = (data: Draft): SpecialistDispatchRules =>
  rulesOrLatest(specialistDispatchRules, data.fiscalYear);

export const isSender = (data: Draft): boolean => data.role === '派遣元';
export const isReceiver = (data: Draft): boolean => data.role === '派遣先';

const isCode = (code: unknown): code is string =>
  typeof code === 'string' && /^\d{6}$/.test(code) && isValidDantaiCode(code);

/** The parties' codes that are complete and valid. */
export function partyCodes(data: Draft): string[] {
  const parties = Array.isArray(data.agreement?.parties) ? data.agreement.parties : [];
  return parties.map((party) => party?.dantaiCode).filter(isCode);
}

/** 届出先 (地方自治法 第252条の2第2項), derived from the parties, as the form shows it. */
export function notificationText(data: Draft): string {
  const codes = partyCodes(data);
  if (codes.length === 0) return '当事者を選ぶと、届出先をここに表示します。';
  if (notificationAuthority(codes) === '総務大臣') return '総務大臣（都道府県が当事者のため）';
  return '都道府県知事（当事者が市町村のみのため）';
}

/** Whether the chosen 派遣先 meets the designation rule in the fiscal year, in words. */
export function recipientEligibilityText(data: Draft): string {
  const code = data.recipient?.dantaiCode;
  const fiscalYear = data.fiscalYear;
  if (!isCode(code) || typeof fiscalYear !== 'number' || !isKnownFiscalYear(fiscalYear)) {
    return '派遣先と対象年度を選ぶと、対象になるかどうかをここに表示します。';
  }
  if (isPrefectureCode(code)) return '都道府県は派遣先になりません。市町村を選んでください。';
  const exclusion = dispatchExclusion(code, fiscalYear);
  if (exclusion.excluded) return exclusion.reason;
  return `${dantaiName(code)}は、${formatFiscalYear(fiscalYear)}に政令指定都市・中核市・県庁所在地のいずれにも当たらないため、派遣先の要件を満たします。`;
}

/** The 派遣形態 makes the amount claimable in the first dispatch year only (自治法派遣): ask which year it is. */
export const isLocalAutonomyDispatch = (post: DraftPost): boolean =>
  postClaimRule(post.dispatchForm)?.firstYearOnly === true;

/** The applicant claims this post's 人件費 (the 派遣元, not under 自治法派遣). */
export const asksPersonnelCost = (post: DraftPost, data: Draft): boolean =>
  ownPostClaim(data.role, post.dispatchForm)?.line === 'personnel';

/** The applicant claims this post's 負担金 as its own base (the 派遣先, under 自治法派遣). */
export const asksOwnContribution = (post: DraftPost, data: Draft): boolean =>
  ownPostClaim(data.role, post.dispatchForm)?.line === 'contribution';

export const isPermanentStaff = (post: DraftPost): boolean =>
  post.employment === '任期の定めのない常勤職員';
