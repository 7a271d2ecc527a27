// Who and what the specialist-dispatch measure refuses, as issues with reasons (never exceptions).
import type { SpecialistDispatch, SpecialistDispatchPost } from '../forms/specialist-dispatch.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { dispatchExclusion } from '../reference/index.ts';
import { rulesFor } from '../rules/rules-for.ts';
import {
  type SpecialistDispatchRules,
  specialistDispatchRules,
} from '../rules/specialist-dispatch-rules.ts';
import {
  fiscalYearEnd,
  fiscalYearStart,
  formatFiscalYear,
  formatWareki,
  isValidDantaiCode,
} from '../values/index.ts';
import type { EligibilityIssue } from './claim-result.ts';
import { type DraftData, isDate, isFiscalYear, isSixDigits, rows } from './draft-data.ts';
import { isPrefectureCode } from './prefecture-code.ts';

type Draft = DraftData<SpecialistDispatch>;
type DraftPost = DraftData<SpecialistDispatchPost>;

function issue(
  path: string,
  code: Parameters<typeof formatDispatchMessage>[0],
  params: Readonly<Record<string, string | number>> = {},
): EligibilityIssue {
  return { code, path, message: formatDispatchMessage(code, params) };
}

/** The 派遣先 must be a 市町村 that is not a 政令市, 中核市 or 県庁所在地 in the claim's fiscal year. */
function recipientIssues(code: unknown, fiscalYear: number): EligibilityIssue[] {
  const path = 'recipient.dantaiCode';
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

/** The 協約 must state 基本方針, 役割分担 and 専門性; 人数・期間 in it or in a 協定・覚書. */
function agreementIssues(agreement: Draft['agreement']): EligibilityIssue[] {
  if (!agreement) return [];
  const issues: EligibilityIssue[] = [];
  for (const [key, content] of Object.entries(requiredContents)) {
    const answer = agreement[key as keyof typeof requiredContents];
    if (answer?.stated === false) {
      issues.push(issue(`agreement.${key}.stated`, 'dispatch.agreementLacks', { content }));
    }
  }
  if (
    agreement.staffAndPeriod?.stated === false &&
    agreement.memorandum?.statesStaffAndPeriod === false
  ) {
    issues.push(issue('agreement.memorandum.statesStaffAndPeriod', 'dispatch.memorandumLacks'));
  }
  return issues;
}

/** Issues of the whole claim: the measure's fiscal year, the 派遣先, the 協約. */
export function dispatchClaimIssues(data: Draft, fiscalYear: number): EligibilityIssue[] {
  return [
    ...recipientIssues(data.recipient?.dantaiCode, fiscalYear),
    ...agreementIssues(data.agreement),
  ];
}

/** Issues of one post: 職種, the two confirmations, 派遣期間, the 自治法派遣 first year. */
export function dispatchPostIssues(
  post: DraftPost,
  index: number,
  role: Draft['role'],
  rules: SpecialistDispatchRules,
  fiscalYear: number,
): EligibilityIssue[] {
  const at = `posts.${index}`;
  const issues: EligibilityIssue[] = [];
  const excluded = rules.excludedOccupations.find((e) => e.occupation === post.occupation);
  if (excluded) {
    issues.push(
      issue(`${at}.occupation`, 'dispatch.occupationExcluded', { reason: excluded.reason }),
    );
  }
  const confirmations = post.confirmations;
  if (
    post.employment === '任期の定めのない常勤職員' &&
    (confirmations?.mainDutyIsMunicipalSupport === false ||
      confirmations?.hiredAsSpecialist === false)
  ) {
    issues.push(issue(`${at}.confirmations`, 'dispatch.permanentNotConfirmed'));
  }
  const start = fiscalYearStart(fiscalYear);
  const end = fiscalYearEnd(fiscalYear);
  const { periodFrom, periodTo } = post;
  if (isDate(periodFrom) && isDate(periodTo) && (periodTo < start || periodFrom > end)) {
    issues.push(
      issue(`${at}.periodFrom`, 'dispatch.periodOutsideFiscalYear', {
        fiscalYear: formatFiscalYear(fiscalYear),
        start: formatWareki(start),
        end: formatWareki(end),
      }),
    );
  }
  if (role === '派遣先' && post.dispatchForm === '自治法派遣' && post.firstDispatchYear === false) {
    issues.push(issue(`${at}.firstDispatchYear`, 'dispatch.notFirstYear'));
  }
  return issues;
}

/** Every eligibility issue of a (possibly incomplete) specialist-dispatch claim. */
export function specialistDispatchEligibility(data: Draft): EligibilityIssue[] {
  const fiscalYear = data.fiscalYear;
  if (!isFiscalYear(fiscalYear)) return [];
  const lookup = rulesFor(specialistDispatchRules, fiscalYear);
  if (!lookup.ok) return [{ code: lookup.code, path: 'fiscalYear', message: lookup.message }];
  const { rules } = lookup;
  return [
    ...dispatchClaimIssues(data, fiscalYear),
    ...rows(data.posts).flatMap((post, index) =>
      dispatchPostIssues(post, index, data.role, rules, fiscalYear),
    ),
  ];
}
