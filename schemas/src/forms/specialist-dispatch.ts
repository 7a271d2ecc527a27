// 連携協約に基づく専門人材派遣 (specialist-dispatch): every data item of SPEC §2.1 and issue 7.

import { z } from 'zod';
import { type DraftData, isRecord, rows } from '../calculators/draft-data.ts';
import { specialistDispatchEligibility } from '../calculators/specialist-dispatch-eligibility.ts';
import { formatDispatchMessage } from '../messages/specialist-dispatch-messages.ts';
import {
  applicantSchema,
  attachmentSchema,
  contactSchema,
  dantaiCodeSchema,
  fiscalYearSchema,
  isoDateSchema,
  jisTextSchema,
  requiredTextSchema,
  yenSchema,
} from './common.ts';
import { addEligibilityIssues, domainIssueAdder, isAfter } from './refinement.ts';
import {
  DISPATCH_ATTACHMENT_KINDS,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  EMPLOYMENT_TYPES,
  OCCUPATIONS,
} from './specialist-dispatch-choices.ts';
import { specialistDispatchIdentity } from './specialist-dispatch-identity.ts';

const addDomainIssue = domainIssueAdder(formatDispatchMessage);

export const specialistDispatchFormId = specialistDispatchIdentity.id;
export const specialistDispatchSchemaVersion = specialistDispatchIdentity.schemaVersion;

/** Whether the 協約 states one required content, and in which article. */
const agreementContentSchema = z.object({
  stated: z.boolean(),
  article: jisTextSchema.optional(),
});

/** One party to the 連携協約 with its 議会の議決日 and 告示日. */
const agreementPartySchema = z.object({
  dantaiCode: dantaiCodeSchema,
  resolutionDate: isoDateSchema,
  noticeDate: isoDateSchema,
});

/** 協定・覚書 between 派遣元 and 派遣先, needed when the 協約 omits 人数・期間. */
const memorandumSchema = z.object({
  name: jisTextSchema.optional(),
  concludedDate: isoDateSchema,
  statesStaffAndPeriod: z.boolean(),
});

/** The 連携協約 (地方自治法 第252条の2). The 届出先 is derived from the parties, not stored. */
const agreementSchema = z.object({
  name: requiredTextSchema,
  parties: z.array(agreementPartySchema),
  concludedDate: isoDateSchema,
  notificationDate: isoDateSchema,
  basicPolicy: agreementContentSchema,
  roleSharing: agreementContentSchema,
  expertise: agreementContentSchema,
  staffAndPeriod: agreementContentSchema,
  memorandum: memorandumSchema.optional(),
});

/** The two confirmations a 任期の定めのない常勤職員 needs (SPEC §2.1 ※3). */
const permanentStaffConfirmationsSchema = z.object({
  mainDutyIsMunicipalSupport: z.boolean(),
  hiredAsSpecialist: z.boolean(),
});

/** One dispatched post and the person in it. Amounts the 派遣形態 makes irrelevant stay optional. */
const postSchema = z.object({
  postName: requiredTextSchema,
  staffName: jisTextSchema.optional(),
  occupation: z.enum(OCCUPATIONS),
  occupationOther: jisTextSchema.optional(),
  employment: z.enum(EMPLOYMENT_TYPES),
  confirmations: permanentStaffConfirmationsSchema.optional(),
  dispatchForm: z.enum(DISPATCH_FORMS),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  firstDispatchYear: z.boolean().optional(),
  /** 人件費 for the fiscal year (派遣元, not 自治法派遣). */
  personnelCost: yenSchema.optional(),
  /** 市町村からの負担金: deducted from 人件費, or the 派遣先's own base under 自治法派遣. */
  contribution: yenSchema.optional(),
});

/** One 募集経費 item (派遣元 only). */
const recruitmentItemSchema = z.object({
  description: requiredTextSchema,
  amount: yenSchema,
});

/** The fields of the form without cross-field rules (usable with .pick for one step). */
export const specialistDispatchFields = z.object({
  applicant: applicantSchema,
  contact: contactSchema,
  fiscalYear: fiscalYearSchema,
  role: z.enum(DISPATCH_ROLES),
  agreement: agreementSchema,
  recipient: z.object({ dantaiCode: dantaiCodeSchema }),
  posts: z.array(postSchema),
  recruitmentItems: z.array(recruitmentItemSchema).optional(),
  attachments: z.array(attachmentSchema(DISPATCH_ATTACHMENT_KINDS)).optional(),
  remarks: jisTextSchema.optional(),
  /** 人件費・負担金の1人あたり上限, when the claim must use another figure than the rule table's
   * default for 「600万円程度」 (SPEC §2.3: an explicit, overridable parameter). */
  personCapOverride: yenSchema.optional(),
});

type Draft = DraftData<z.infer<typeof specialistDispatchFields>>;

function refineParties(data: Draft, ctx: z.core.$RefinementCtx): void {
  const parties = rows(data.agreement?.parties);
  const codes = parties.map((party) => party.dantaiCode);
  if (parties.length < 2) addDomainIssue(ctx, 'agreement.parties', 'dispatch.partiesTooFew');
  codes.forEach((code, index) => {
    if (code !== undefined && codes.indexOf(code) !== index) {
      addDomainIssue(ctx, `agreement.parties.${index}.dantaiCode`, 'dispatch.partyDuplicate');
    }
  });
  const applicant = data.applicant?.dantaiCode;
  if (parties.length >= 2 && applicant !== undefined && !codes.includes(applicant)) {
    addDomainIssue(ctx, 'agreement.parties', 'dispatch.applicantNotParty');
  }
  const recipient = data.recipient?.dantaiCode;
  if (parties.length >= 2 && recipient !== undefined && !codes.includes(recipient)) {
    addDomainIssue(ctx, 'recipient.dantaiCode', 'dispatch.recipientNotParty');
  }
}

function refineAgreementDates(data: Draft, ctx: z.core.$RefinementCtx): void {
  const agreement = data.agreement;
  const concluded = agreement?.concludedDate;
  rows(agreement?.parties).forEach((party, index) => {
    if (isAfter(party.resolutionDate, concluded)) {
      addDomainIssue(ctx, `agreement.parties.${index}.resolutionDate`, 'common.notAfter', {
        earlier: '議会の議決日',
        later: '締結日',
      });
    }
    if (isAfter(concluded, party.noticeDate)) {
      addDomainIssue(ctx, `agreement.parties.${index}.noticeDate`, 'common.notAfter', {
        earlier: '締結日',
        later: '告示日',
      });
    }
  });
  if (isAfter(concluded, agreement?.notificationDate)) {
    addDomainIssue(ctx, 'agreement.notificationDate', 'common.notAfter', {
      earlier: '締結日',
      later: '届出日',
    });
  }
}

function refineAgreementContents(data: Draft, ctx: z.core.$RefinementCtx): void {
  const agreement = data.agreement;
  for (const key of ['basicPolicy', 'roleSharing', 'expertise', 'staffAndPeriod'] as const) {
    const content = agreement?.[key];
    if (content?.stated === true && !content.article) {
      addDomainIssue(ctx, `agreement.${key}.article`, 'dispatch.articleRequired');
    }
  }
  if (agreement?.staffAndPeriod?.stated === false && agreement.memorandum === undefined) {
    addDomainIssue(ctx, 'agreement.memorandum', 'dispatch.memorandumRequired');
  }
}

function refineRecipient(data: Draft, ctx: z.core.$RefinementCtx): void {
  const recipient = data.recipient?.dantaiCode;
  const applicant = data.applicant?.dantaiCode;
  if (recipient === undefined || applicant === undefined) return;
  if (data.role === '派遣先' && recipient !== applicant) {
    addDomainIssue(ctx, 'recipient.dantaiCode', 'dispatch.recipientMustBeApplicant');
  }
  if (data.role === '派遣元' && recipient === applicant) {
    addDomainIssue(ctx, 'recipient.dantaiCode', 'dispatch.recipientIsApplicant');
  }
}

/** What each post must answer, given the 採用形態, the 派遣形態 and the applicant's role. */
function refinePosts(data: Draft, ctx: z.core.$RefinementCtx): void {
  const posts = rows(data.posts);
  if (Array.isArray(data.posts) && posts.length === 0) {
    addDomainIssue(ctx, 'posts', 'dispatch.postsRequired');
  }
  posts.forEach((post, index) => {
    const at = `posts.${index}`;
    if (post.occupation === 'その他' && !post.occupationOther) {
      addDomainIssue(ctx, `${at}.occupationOther`, 'common.otherText');
    }
    if (post.employment === '任期の定めのない常勤職員' && post.confirmations === undefined) {
      addDomainIssue(ctx, `${at}.confirmations`, 'dispatch.confirmationsRequired');
    }
    if (isAfter(post.periodFrom, post.periodTo)) {
      addDomainIssue(ctx, `${at}.periodTo`, 'common.notAfter', {
        earlier: '派遣期間の開始日',
        later: '終了日',
      });
    }
    const local = post.dispatchForm === '自治法派遣';
    if (local && post.firstDispatchYear === undefined) {
      addDomainIssue(ctx, `${at}.firstDispatchYear`, 'dispatch.firstYearRequired');
    }
    if (
      data.role === '派遣元' &&
      post.dispatchForm === 'その他' &&
      post.personnelCost === undefined
    ) {
      addDomainIssue(ctx, `${at}.personnelCost`, 'dispatch.personnelCostRequired');
    }
    if (data.role === '派遣先' && local && post.contribution === undefined) {
      addDomainIssue(ctx, `${at}.contribution`, 'dispatch.contributionRequired');
    }
  });
}

/**
 * The specialist-dispatch form: fields, cross-field rules and eligibility, with issues keyed by path.
 * The rules also run while other fields are still missing, so a step shows its own problems at once.
 */
export const specialistDispatchSchema = specialistDispatchFields.superRefine(
  (value, ctx) => {
    const data = value as Draft;
    refineParties(data, ctx);
    refineAgreementDates(data, ctx);
    refineAgreementContents(data, ctx);
    refineRecipient(data, ctx);
    refinePosts(data, ctx);
    addEligibilityIssues(ctx, specialistDispatchEligibility(data));
  },
  { when: (payload) => isRecord(payload.value) },
);

export type SpecialistDispatch = z.infer<typeof specialistDispatchSchema>;
export type SpecialistDispatchPost = SpecialistDispatch['posts'][number];
