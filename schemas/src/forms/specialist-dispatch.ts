// 連携協約に基づく専門人材派遣 (specialist-dispatch): every data item of SPEC §2.1, issues 7 and 15.

import * as z from 'zod/mini';
import { isPlannedPost } from '../calculators/dispatch-post-year.ts';
import { type DraftData, isRecord, rows } from '../calculators/draft-data.ts';
import { specialistDispatchEligibility } from '../calculators/specialist-dispatch-eligibility.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import { ownPostClaim } from '../rules/post-claim-rule.ts';
import {
  applicantSchema,
  attachmentSchema,
  contactSchema,
  dantaiCodeSchema,
  fiscalYearSchema,
  isoDateSchema,
  jisText,
  requiredText,
  yenSchema,
} from './common.ts';
import { addEligibilityIssues, domainIssueAdder, isAfter } from './refinement.ts';
import { reusableTable } from './reusable-row.ts';
import {
  DISPATCH_ATTACHMENT_KINDS,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  EMPLOYMENT_TYPES,
  OCCUPATIONS,
} from './specialist-dispatch-choices.ts';
import { specialistDispatchIdentity } from './specialist-dispatch-identity.ts';
import { TEXT_LIMITS } from './text-limits.ts';

const addDomainIssue = domainIssueAdder(formatDispatchMessage);

export const specialistDispatchFormId = specialistDispatchIdentity.id;
export const specialistDispatchSchemaVersion = specialistDispatchIdentity.schemaVersion;

/** Whether the 協約 states one required content, and in which article. */
const agreementContentSchema = z.object({
  stated: z.boolean(),
  article: z.optional(jisText(TEXT_LIMITS.short)),
});

/** One party to the 連携協約 with its 議会の議決日 and 告示日. */
const agreementPartySchema = z.object({
  dantaiCode: dantaiCodeSchema,
  resolutionDate: isoDateSchema,
  noticeDate: isoDateSchema,
});

/** 協定・覚書 between 派遣元 and 派遣先, needed when the 協約 omits 人数・期間. */
const memorandumSchema = z.object({
  name: z.optional(jisText(TEXT_LIMITS.title)),
  concludedDate: isoDateSchema,
  statesStaffAndPeriod: z.boolean(),
});

/** The 連携協約 (地方自治法 第252条の2). The 届出先 is derived from the parties, not stored. */
const agreementSchema = z.object({
  name: requiredText(TEXT_LIMITS.title),
  parties: reusableTable(agreementPartySchema),
  concludedDate: isoDateSchema,
  notificationDate: isoDateSchema,
  basicPolicy: agreementContentSchema,
  roleSharing: agreementContentSchema,
  expertise: agreementContentSchema,
  staffAndPeriod: agreementContentSchema,
  memorandum: z.optional(memorandumSchema),
});

/** The two confirmations a 任期の定めのない常勤職員 needs (SPEC §2.1 ※3). */
const permanentStaffConfirmationsSchema = z.object({
  mainDutyIsMunicipalSupport: z.boolean(),
  hiredAsSpecialist: z.boolean(),
});

/**
 * One dispatched post and the person in it. It names its 協約 (by 協約名) and its 派遣先 (a party of
 * that 協約). `periodFrom` is the first day this post was dispatched (an earlier fiscal year for a
 * continuing post); a post starting after the claim year is planned (recruitment year). The
 * 派遣初年度 follows from `periodFrom` and the claim year; `firstDispatchYear` is only a stated
 * answer (v1 data, a portal's payload) checked against the dates. Amounts the 派遣形態 makes
 * irrelevant stay optional.
 */
const postSchema = z.object({
  agreementName: requiredText(TEXT_LIMITS.title),
  recipientCode: dantaiCodeSchema,
  postName: requiredText(TEXT_LIMITS.name),
  staffName: z.optional(jisText(TEXT_LIMITS.personName)),
  occupation: z.enum(OCCUPATIONS),
  occupationOther: z.optional(jisText(TEXT_LIMITS.short)),
  employment: z.enum(EMPLOYMENT_TYPES),
  confirmations: z.optional(permanentStaffConfirmationsSchema),
  dispatchForm: z.enum(DISPATCH_FORMS),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  firstDispatchYear: z.optional(z.boolean()),
  /** 人件費 for the fiscal year (派遣元, not 自治法派遣). */
  personnelCost: z.optional(yenSchema),
  /** 市町村からの負担金: deducted from 人件費, or the 派遣先's own base under 自治法派遣. */
  contribution: z.optional(yenSchema),
});

/** One 募集経費 item (派遣元 only): the recruitment for the job types it dispatches. */
const recruitmentItemSchema = z.object({
  description: requiredText(TEXT_LIMITS.name),
  amount: yenSchema,
});

/**
 * The fields of the form without cross-field rules (usable with .pick for one step).
 * Version 2: one claim is one 団体's for one fiscal year, holding all its 連携協約 and posts.
 */
export const specialistDispatchFields = z.object({
  applicant: applicantSchema,
  contact: contactSchema,
  fiscalYear: fiscalYearSchema,
  role: z.enum(DISPATCH_ROLES),
  agreements: reusableTable(agreementSchema),
  posts: reusableTable(postSchema),
  recruitmentItems: z.optional(reusableTable(recruitmentItemSchema)),
  /** The job types recruited for, asked when there is recruitment but no post yet. */
  recruitedOccupations: z.optional(z.array(z.enum(OCCUPATIONS))),
  /** The user saw that a 協約 party or 派遣先 lies outside the applicant's prefecture and confirms it. */
  outsideAreaConfirmed: z.optional(z.boolean()),
  attachments: z.optional(reusableTable(attachmentSchema(DISPATCH_ATTACHMENT_KINDS))),
  remarks: z.optional(jisText(TEXT_LIMITS.remarks)),
  /** 人件費・負担金の1人あたり上限, when the claim must use another figure than the rule table's
   * default for 「600万円程度」 (SPEC §2.3: an explicit, overridable parameter). */
  personCapOverride: z.optional(yenSchema),
});

type Draft = DraftData<z.infer<typeof specialistDispatchFields>>;
type DraftAgreement = NonNullable<Draft['agreements']>[number];

/** The 協約 entered, each with its data path. */
function agreementsOf(data: Draft): { agreement: DraftAgreement; at: string }[] {
  return rows(data.agreements).map((agreement, index) => ({
    agreement,
    at: `agreements.${index}`,
  }));
}

/** The 協約 a post names, found by its 協約名. */
export function agreementOfPost(
  data: Draft,
  name: unknown,
): { agreement: DraftAgreement; index: number } | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  const index = rows(data.agreements).findIndex((agreement) => agreement.name === name);
  const agreement = rows(data.agreements)[index];
  return agreement ? { agreement, index } : undefined;
}

function refineAgreementList(data: Draft, ctx: z.core.$RefinementCtx): void {
  if (Array.isArray(data.agreements) && data.agreements.length === 0) {
    addDomainIssue(ctx, 'agreements', 'dispatch.agreementsRequired');
  }
  const names = rows(data.agreements).map((agreement) => agreement.name);
  names.forEach((name, index) => {
    if (name !== undefined && name !== '' && names.indexOf(name) !== index) {
      addDomainIssue(ctx, `agreements.${index}.name`, 'dispatch.agreementNameDuplicate');
    }
  });
}

function refineParties(data: Draft, ctx: z.core.$RefinementCtx): void {
  for (const { agreement, at } of agreementsOf(data)) {
    const parties = rows(agreement.parties);
    const codes = parties.map((party) => party.dantaiCode);
    if (parties.length < 2) addDomainIssue(ctx, `${at}.parties`, 'dispatch.partiesTooFew');
    codes.forEach((code, index) => {
      if (code !== undefined && codes.indexOf(code) !== index) {
        addDomainIssue(ctx, `${at}.parties.${index}.dantaiCode`, 'dispatch.partyDuplicate');
      }
    });
    const applicant = data.applicant?.dantaiCode;
    if (parties.length >= 2 && applicant !== undefined && !codes.includes(applicant)) {
      addDomainIssue(ctx, `${at}.parties`, 'dispatch.applicantNotParty');
    }
  }
}

function refineAgreementDates(data: Draft, ctx: z.core.$RefinementCtx): void {
  for (const { agreement, at } of agreementsOf(data)) {
    const concluded = agreement.concludedDate;
    rows(agreement.parties).forEach((party, index) => {
      if (isAfter(party.resolutionDate, concluded)) {
        addDomainIssue(ctx, `${at}.parties.${index}.resolutionDate`, 'common.notAfter', {
          earlier: '議会の議決日',
          later: '締結日',
        });
      }
      if (isAfter(concluded, party.noticeDate)) {
        addDomainIssue(ctx, `${at}.parties.${index}.noticeDate`, 'common.notAfter', {
          earlier: '締結日',
          later: '告示日',
        });
      }
    });
    if (isAfter(concluded, agreement.notificationDate)) {
      addDomainIssue(ctx, `${at}.notificationDate`, 'common.notAfter', {
        earlier: '締結日',
        later: '届出日',
      });
    }
  }
}

function refineAgreementContents(data: Draft, ctx: z.core.$RefinementCtx): void {
  for (const { agreement, at } of agreementsOf(data)) {
    for (const key of ['basicPolicy', 'roleSharing', 'expertise', 'staffAndPeriod'] as const) {
      const content = agreement[key];
      if (content?.stated === true && !content.article) {
        addDomainIssue(ctx, `${at}.${key}.article`, 'dispatch.articleRequired');
      }
    }
    if (agreement.staffAndPeriod?.stated === false && agreement.memorandum === undefined) {
      addDomainIssue(ctx, `${at}.memorandum`, 'dispatch.memorandumRequired');
    }
  }
}

/** Each post names a 協約 entered, and a 派遣先 that is a party of it and fits the applicant's role. */
function refinePostAgreement(
  data: Draft,
  post: NonNullable<Draft['posts']>[number],
  at: string,
  ctx: z.core.$RefinementCtx,
): void {
  const name = post.agreementName;
  const found = agreementOfPost(data, name);
  if (name !== undefined && name !== '' && !found) {
    addDomainIssue(ctx, `${at}.agreementName`, 'dispatch.postAgreementUnknown', { name });
  }
  const recipient = post.recipientCode;
  const applicant = data.applicant?.dantaiCode;
  if (recipient === undefined) return;
  const parties = rows(found?.agreement.parties).map((party) => party.dantaiCode);
  if (found && parties.length >= 2 && !parties.includes(recipient)) {
    addDomainIssue(ctx, `${at}.recipientCode`, 'dispatch.recipientNotParty');
  }
  if (applicant === undefined) return;
  if (data.role === '派遣先' && recipient !== applicant) {
    addDomainIssue(ctx, `${at}.recipientCode`, 'dispatch.recipientMustBeApplicant');
  }
  if (data.role === '派遣元' && recipient === applicant) {
    addDomainIssue(ctx, `${at}.recipientCode`, 'dispatch.recipientIsApplicant');
  }
}

/** What each post must answer, given the 採用形態, the 派遣形態 and the applicant's role. */
function refinePosts(data: Draft, ctx: z.core.$RefinementCtx): void {
  const posts = rows(data.posts);
  const recruitmentOnly = data.role === '派遣元' && rows(data.recruitmentItems).length > 0;
  if (Array.isArray(data.posts) && posts.length === 0 && !recruitmentOnly) {
    addDomainIssue(ctx, 'posts', 'dispatch.postsRequired');
  }
  if (recruitmentOnly && posts.length === 0 && rows(data.recruitedOccupations).length === 0) {
    addDomainIssue(ctx, 'recruitedOccupations', 'dispatch.recruitedOccupationsRequired');
  }
  posts.forEach((post, index) => {
    const at = `posts.${index}`;
    refinePostAgreement(data, post, at, ctx);
    if (post.occupation === 'その他' && !post.occupationOther) {
      addDomainIssue(ctx, `${at}.occupationOther`, 'common.otherText');
    }
    if (post.employment === '任期の定めのない常勤職員' && post.confirmations === undefined) {
      addDomainIssue(ctx, `${at}.confirmations`, 'dispatch.confirmationsRequired');
    }
    if (isAfter(post.periodFrom, post.periodTo)) {
      addDomainIssue(ctx, `${at}.periodTo`, 'common.notAfter', {
        earlier: '派遣開始日',
        later: '終了日',
      });
    }
    // A planned post (starting after the claim year) has no amounts yet.
    if (isPlannedPost(post, data.fiscalYear)) return;
    const own = ownPostClaim(data.role, post.dispatchForm);
    if (own?.line === 'personnel' && post.personnelCost === undefined) {
      addDomainIssue(ctx, `${at}.personnelCost`, 'dispatch.personnelCostRequired');
    }
    if (own?.line === 'contribution' && post.contribution === undefined) {
      addDomainIssue(ctx, `${at}.contribution`, 'dispatch.contributionRequired');
    }
  });
}

/**
 * The specialist-dispatch form: fields, cross-field rules and eligibility, with issues keyed by path.
 * The rules also run while other fields are still missing, so a step shows its own problems at once.
 */
export const specialistDispatchSchema = specialistDispatchFields.check(
  z.superRefine(
    (value, ctx) => {
      const data = value as Draft;
      refineAgreementList(data, ctx);
      refineParties(data, ctx);
      refineAgreementDates(data, ctx);
      refineAgreementContents(data, ctx);
      refinePosts(data, ctx);
      addEligibilityIssues(ctx, specialistDispatchEligibility(data));
    },
    { when: (payload) => isRecord(payload.value) },
  ),
);

export type SpecialistDispatch = z.infer<typeof specialistDispatchSchema>;
export type SpecialistDispatchPost = SpecialistDispatch['posts'][number];
export type SpecialistDispatchAgreement = SpecialistDispatch['agreements'][number];
