// Questions about the answers so far, shared by the steps (`when`), the 'info' texts and the PDF.
// Data may be half-typed, so everything reads it as a draft and never throws.
import {
  type DraftData,
  dispatchExclusion,
  firstDispatchFiscalYear,
  formatFiscalYear,
  isKnownFiscalYear,
  isPlannedPost,
  isPrefectureCode,
  isValidDantaiCode,
  notificationAuthority,
  outsideAreaWarnings,
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
export type DraftAgreement = DraftData<SpecialistDispatch['agreements'][number]>;

/** The rules in force in the claim's fiscal year; before one is entered, the latest row. */
export const rulesOf = (data: Draft): SpecialistDispatchRules =>
  rulesOrLatest(specialistDispatchRules, data.fiscalYear);

export const isSender = (data: Draft): boolean => data.role === '派遣元';
export const isReceiver = (data: Draft): boolean => data.role === '派遣先';

const isCode = (code: unknown): code is string =>
  typeof code === 'string' && /^\d{6}$/.test(code) && isValidDantaiCode(code);

const listOf = <T>(value: readonly T[] | undefined): T[] =>
  Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object') : [];

/** The 協約 entered, as far as they are typed. */
export const agreementsOf = (data: Draft): DraftAgreement[] => listOf(data.agreements);

/** The posts entered, as far as they are typed. */
export const postsOf = (data: Draft): DraftPost[] => listOf(data.posts);

/** One 協約's parties whose codes are complete and valid. */
export function partyCodes(agreement: DraftAgreement | undefined): string[] {
  return listOf(agreement?.parties)
    .map((party) => party.dantaiCode)
    .filter(isCode);
}

/** The 協約 a post names by its 協約名, if it is entered. */
export function agreementOfPost(post: DraftPost, data: Draft): DraftAgreement | undefined {
  const name = post.agreementName;
  if (typeof name !== 'string' || name === '') return undefined;
  return agreementsOf(data).find((agreement) => agreement.name === name);
}

/** The 協約名 entered, each once, in the order of the 協約. */
export function agreementNames(data: Draft): string[] {
  const names = agreementsOf(data)
    .map((agreement) => agreement.name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return [...new Set(names)];
}

/**
 * The 団体 a post can be dispatched to: for a 派遣先 applicant, itself; for a 派遣元, the parties
 * of the post's 協約 other than itself (none until the 協約 is chosen).
 */
export function recipientChoices(post: DraftPost, data: Draft): string[] {
  const applicant = data.applicant?.dantaiCode;
  if (isReceiver(data)) return isCode(applicant) ? [applicant] : [];
  return partyCodes(agreementOfPost(post, data)).filter((code) => code !== applicant);
}

/** 届出先 (地方自治法 第252条の2第2項), derived from one 協約's parties, as the form shows it. */
export function notificationText(agreement: DraftAgreement | undefined): string {
  const codes = partyCodes(agreement);
  if (codes.length === 0) return '当事者を選ぶと、届出先をここに表示します。';
  if (notificationAuthority(codes) === '総務大臣') return '総務大臣（都道府県が当事者のため）';
  return '都道府県知事（当事者が市町村のみのため）';
}

/** Whether a post's 派遣先 meets the designation rule in the fiscal year, in words. */
export function recipientEligibilityText(post: DraftPost, data: Draft): string {
  const code = post.recipientCode;
  const fiscalYear = data.fiscalYear;
  if (!isCode(code) || typeof fiscalYear !== 'number' || !isKnownFiscalYear(fiscalYear)) {
    return '派遣先と対象年度を選ぶと、対象になるかどうかをここに表示します。';
  }
  if (isPrefectureCode(code)) return '都道府県は派遣先になりません。市町村を選んでください。';
  const exclusion = dispatchExclusion(code, fiscalYear);
  if (exclusion.excluded) return exclusion.reason;
  return `${dantaiName(code)}は、${formatFiscalYear(fiscalYear)}に政令指定都市・中核市・県庁所在地のいずれにも当たらないため、派遣先の要件を満たします。`;
}

/** True when the post starts after the claim year: listed, but no amounts asked this year. */
export const isPlanned = (post: DraftPost, data: Draft): boolean =>
  isPlannedPost(post, data.fiscalYear);

/** Where the post stands in the claim year, derived from its start date (never asked). */
export function dispatchYearText(post: DraftPost, data: Draft): string {
  const first = firstDispatchFiscalYear(post);
  const fiscalYear = data.fiscalYear;
  if (first === undefined || typeof fiscalYear !== 'number' || !isKnownFiscalYear(fiscalYear)) {
    return '派遣期間の開始日と対象年度から、派遣初年度かどうかをここに表示します。';
  }
  const started = isKnownFiscalYear(first) ? formatFiscalYear(first) : `${first}年度`;
  if (isPlannedPost(post, fiscalYear)) {
    return `予定のポスト（${started}から派遣）：${formatFiscalYear(fiscalYear)}の金額は尋ねません。`;
  }
  if (first === fiscalYear) return `派遣初年度（${started}に派遣開始）`;
  return `2年度目以降（${started}に派遣開始）`;
}

/** The 派遣形態 makes the amount claimable in the first dispatch year only (自治法派遣). */
export const isLocalAutonomyDispatch = (post: DraftPost): boolean =>
  postClaimRule(post.dispatchForm)?.firstYearOnly === true;

/** The applicant claims this post's 人件費 (the 派遣元, not under 自治法派遣), this year. */
export const asksPersonnelCost = (post: DraftPost, data: Draft): boolean =>
  !isPlanned(post, data) && ownPostClaim(data.role, post.dispatchForm)?.line === 'personnel';

/** The applicant claims this post's 負担金 as its own base (the 派遣先, under 自治法派遣), this year. */
export const asksOwnContribution = (post: DraftPost, data: Draft): boolean =>
  !isPlanned(post, data) && ownPostClaim(data.role, post.dispatchForm)?.line === 'contribution';

export const isPermanentStaff = (post: DraftPost): boolean =>
  post.employment === '任期の定めのない常勤職員';

/** A 派遣元 recruiting before any post exists: it names the job types it recruits for. */
export const recruitsWithoutPost = (data: Draft): boolean =>
  isSender(data) &&
  postsOf(data).length === 0 &&
  Array.isArray(data.recruitmentItems) &&
  data.recruitmentItems.length > 0;

/** The 協約 parties and 派遣先 outside the applicant's prefecture, as warnings to confirm. */
export const outsideAreaTexts = (data: Draft): string[] =>
  outsideAreaWarnings(data).map((warning) => warning.message);

export const hasOutsideArea = (data: Draft): boolean => outsideAreaWarnings(data).length > 0;
