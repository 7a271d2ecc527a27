// Who and what the specialist-dispatch measure refuses, as issues with reasons (never exceptions).
// One claim holds all the 団体's 協約 and posts of a fiscal year: each 協約 and each post is judged
// on its own, at its own path, so a refusal names exactly what to correct.
import type { SpecialistDispatch, SpecialistDispatchPost } from '../forms/specialist-dispatch.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { dispatchExclusion } from '../reference/index.ts';
import { ownPostClaim } from '../rules/post-claim-rule.ts';
import { rulesFor } from '../rules/rules-for.ts';
import {
  type SpecialistDispatchRules,
  specialistDispatchRules,
} from '../rules/specialist-dispatch-rules.ts';
import {
  fiscalYearOf,
  fiscalYearStart,
  formatFiscalYear,
  formatWareki,
  isValidDantaiCode,
} from '../values/index.ts';
import type { EligibilityIssue } from './claim-result.ts';
import {
  firstDispatchFiscalYear,
  isFirstDispatchYear,
  isPlannedPost,
} from './dispatch-post-year.ts';
import { type DraftData, isDate, isFiscalYear, isSixDigits, rows } from './draft-data.ts';
import { outsideAreaWarnings } from './outside-area.ts';
import { isPrefectureCode } from './prefecture-code.ts';

type Draft = DraftData<SpecialistDispatch>;
type DraftPost = DraftData<SpecialistDispatchPost>;
type DraftAgreement = NonNullable<Draft['agreements']>[number];
type MessageCode = Parameters<typeof formatDispatchMessage>[0];

function issue(
  path: string,
  code: MessageCode,
  params: Readonly<Record<string, string | number>> = {},
): EligibilityIssue {
  return { code, path, message: formatDispatchMessage(code, params) };
}

/** 「令和8年度」, or 「1800年度」 for a year no era names (a typo must not throw). */
const fiscalYearLabel = (fiscalYear: number): string =>
  isFiscalYear(fiscalYear) ? formatFiscalYear(fiscalYear) : `${fiscalYear}年度`;

/** 「令和8年4月1日」, or the ISO date itself when its year is one no era names. */
const dateLabel = (iso: string): string =>
  isFiscalYear(fiscalYearOf(iso)) ? formatWareki(iso) : iso;

/** The 派遣先 must be a 市町村 that is not a 政令市, 中核市 or 県庁所在地 in the claim's fiscal year. */
function recipientIssues(code: unknown, path: string, fiscalYear: number): EligibilityIssue[] {
  if (!isSixDigits(code) || !isValidDantaiCode(code)) return [];
  if (isPrefectureCode(code)) return [issue(path, 'dispatch.recipientNotMunicipality')];
  const exclusion = dispatchExclusion(code, fiscalYear);
  if (!exclusion.excluded) return [];
  return [
    issue(path, 'dispatch.recipientExcluded', { reason: exclusion.reason.replace(/。$/, '') }),
  ];
}

const requiredContents = {
  basicPolicy: '基本方針',
  roleSharing: '役割分担',
  expertise: '派遣職員に求められる専門性',
} as const;

/** One 協約 must state 基本方針, 役割分担 and 専門性; 人数・期間 in it or in a 協定・覚書. */
function agreementIssues(agreement: DraftAgreement, at: string): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  for (const [key, content] of Object.entries(requiredContents)) {
    const answer = agreement[key as keyof typeof requiredContents];
    if (answer?.stated === false) {
      issues.push(issue(`${at}.${key}.stated`, 'dispatch.agreementLacks', { content }));
    }
  }
  if (
    agreement.staffAndPeriod?.stated === false &&
    agreement.memorandum?.statesStaffAndPeriod === false
  ) {
    issues.push(issue(`${at}.memorandum.statesStaffAndPeriod`, 'dispatch.memorandumLacks'));
  }
  return issues;
}

/** The issues of each 協約, by its index in `agreements`. */
export function dispatchAgreementIssues(data: Draft): EligibilityIssue[][] {
  return rows(data.agreements).map((agreement, index) =>
    agreementIssues(agreement, `agreements.${index}`),
  );
}

/** An excluded 職種 (デジタル人材・技術職員), with the reason and where to look instead. */
function occupationIssues(
  occupation: unknown,
  path: string,
  rules: SpecialistDispatchRules,
): EligibilityIssue[] {
  const excluded = rules.excludedOccupations.find((e) => e.occupation === occupation);
  return excluded ? [issue(path, 'dispatch.occupationExcluded', { reason: excluded.reason })] : [];
}

/** The 職種 recruited for while no post is known yet: the same exclusions as a post's 職種. */
function recruitedOccupationIssues(
  data: Draft,
  rules: SpecialistDispatchRules,
): EligibilityIssue[] {
  const occupations = Array.isArray(data.recruitedOccupations) ? data.recruitedOccupations : [];
  // One question answers the whole list, so the reason stands at the list (it names the 職種).
  return occupations.flatMap((occupation) =>
    occupationIssues(occupation, 'recruitedOccupations', rules),
  );
}

function permanentStaffIssues(post: DraftPost, at: string): EligibilityIssue[] {
  const confirmations = post.confirmations;
  const refused =
    post.employment === '任期の定めのない常勤職員' &&
    (confirmations?.mainDutyIsMunicipalSupport === false ||
      confirmations?.hiredAsSpecialist === false);
  return refused ? [issue(`${at}.confirmations`, 'dispatch.permanentNotConfirmed')] : [];
}

/** A post that ended before the claim year has nothing to claim in it. */
function periodIssues(post: DraftPost, at: string, fiscalYear: number): EligibilityIssue[] {
  const start = fiscalYearStart(fiscalYear);
  if (!isDate(post.periodTo) || post.periodTo >= start) return [];
  return [
    issue(`${at}.periodTo`, 'dispatch.periodEnded', {
      fiscalYear: formatFiscalYear(fiscalYear),
      start: formatWareki(start),
    }),
  ];
}

/** The dates decide the 派遣初年度: a stated answer that says otherwise names both. */
function firstYearIssues(post: DraftPost, at: string, fiscalYear: number): EligibilityIssue[] {
  const actual = isFirstDispatchYear(post, fiscalYear);
  const first = firstDispatchFiscalYear(post);
  const stated = post.firstDispatchYear;
  if (actual === undefined || first === undefined || !isDate(post.periodFrom)) return [];
  // No answer (the v2 form does not ask it) or one that agrees with the dates: nothing to say.
  if (typeof stated !== 'boolean' || stated === actual) return [];
  return [
    issue(`${at}.firstDispatchYear`, 'dispatch.firstYearContradicts', {
      answer: stated ? '派遣初年度である' : '派遣初年度ではない',
      start: dateLabel(post.periodFrom),
      startYear: fiscalYearLabel(first),
      fiscalYear: formatFiscalYear(fiscalYear),
      actual: actual ? '派遣初年度です' : '派遣初年度ではありません',
    }),
  ];
}

/**
 * The 自治法派遣 負担金 is claimable only in the post's first dispatch year, derived from its dates
 * (never from the user's word).
 */
function notFirstYearIssues(
  post: DraftPost,
  at: string,
  role: unknown,
  fiscalYear: number,
): EligibilityIssue[] {
  const first = firstDispatchFiscalYear(post);
  if (!ownPostClaim(role, post.dispatchForm)?.firstYearOnly || !isDate(post.periodFrom)) return [];
  if (first === undefined || isFirstDispatchYear(post, fiscalYear) !== false) return [];
  if (isPlannedPost(post, fiscalYear)) return [];
  return [
    issue(`${at}.periodFrom`, 'dispatch.notFirstYear', {
      start: dateLabel(post.periodFrom),
      startYear: fiscalYearLabel(first),
      fiscalYear: formatFiscalYear(fiscalYear),
    }),
  ];
}

/**
 * Issues of one post: its 派遣先 as of the fiscal year, 職種, the two confirmations, a period that
 * ended before the year, the 派遣初年度. A planned post (starting after the year) is judged on who
 * and what it will be, not on amounts it does not have yet.
 */
export function dispatchPostIssues(
  post: DraftPost,
  index: number,
  role: Draft['role'],
  rules: SpecialistDispatchRules,
  fiscalYear: number,
): EligibilityIssue[] {
  const at = `posts.${index}`;
  return [
    ...recipientIssues(post.recipientCode, `${at}.recipientCode`, fiscalYear),
    ...occupationIssues(post.occupation, `${at}.occupation`, rules),
    ...permanentStaffIssues(post, at),
    ...periodIssues(post, at, fiscalYear),
    ...firstYearIssues(post, at, fiscalYear),
    ...notFirstYearIssues(post, at, role, fiscalYear),
  ];
}

/**
 * A 協約 party or 派遣先 outside the applicant's prefecture is allowed but unusual: the claim waits
 * for the user's confirmation (the warnings themselves are notes of the result).
 */
function outsideAreaIssues(data: Draft): EligibilityIssue[] {
  if (outsideAreaWarnings(data).length === 0 || data.outsideAreaConfirmed === true) return [];
  return [issue('outsideAreaConfirmed', 'dispatch.outsideAreaConfirm')];
}

/** Issues of the claim as a whole (not of one 協約 or post): the 職種 recruited for, the area. */
export function dispatchClaimIssues(
  data: Draft,
  rules: SpecialistDispatchRules,
): EligibilityIssue[] {
  return [...recruitedOccupationIssues(data, rules), ...outsideAreaIssues(data)];
}

/** Every eligibility issue of a (possibly incomplete) specialist-dispatch claim. */
export function specialistDispatchEligibility(data: Draft): EligibilityIssue[] {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return [];
  const lookup = rulesFor(specialistDispatchRules, fiscalYear);
  if (!lookup.ok) return [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
  const { rules } = lookup;
  return [
    ...dispatchAgreementIssues(data).flat(),
    ...dispatchClaimIssues(data, rules),
    ...rows(data.posts).flatMap((post, index) =>
      dispatchPostIssues(post, index, data.role, rules, fiscalYear),
    ),
  ];
}
