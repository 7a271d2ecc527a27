// 複数団体による公共施設の集約化・複合化等 (consolidation-claim): every data item of SPEC §2.2, issues 8 and 15.

import * as z from 'zod/mini';
import { completionFiscalYear, completionOf } from '../calculators/completion-year.ts';
import { consolidationEligibility } from '../calculators/consolidation-eligibility.ts';
import { type DraftInitiative, initiativesOf } from '../calculators/consolidation-initiatives.ts';
import { type DraftData, isFiscalYear, isRecord, rows } from '../calculators/draft-data.ts';
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import { formatFiscalYear } from '../values/index.ts';
import {
  applicantSchema,
  attachmentSchema,
  contactSchema,
  dantaiCodeSchema,
  fiscalYearSchema,
  floorAreaSchema,
  isoDateSchema,
  jisText,
  requiredText,
  yenSchema,
} from './common.ts';
import {
  CONSOLIDATION_ATTACHMENT_KINDS,
  CONSOLIDATION_METHODS,
  CONSOLIDATION_STAGES,
  FACILITY_TYPES,
  FRAMEWORKS,
  PARTY_KINDS,
  RESEARCH_CATEGORIES,
  SMOOTHING_CATEGORIES,
  TARGET_FACILITY_KINDS,
} from './consolidation-claim-choices.ts';
import { consolidationIdentity } from './consolidation-claim-identity.ts';
import { addEligibilityIssues, domainIssueAdder } from './refinement.ts';
import { reusableTable } from './reusable-row.ts';
import { TEXT_LIMITS } from './text-limits.ts';

const addDomainIssue = domainIssueAdder(formatConsolidationMessage);

export const consolidationFormId = consolidationIdentity.id;
/** See consolidationIdentity for what each version changed. */
export const consolidationSchemaVersion = consolidationIdentity.schemaVersion;

/** Another 団体 taking part (besides the applicant); a 一部事務組合・広域連合 gives its name. */
const partySchema = z.object({
  kind: z.enum(PARTY_KINDS),
  dantaiCode: dantaiCodeSchema,
  name: z.optional(jisText(TEXT_LIMITS.name)),
  role: requiredText(TEXT_LIMITS.role),
});

/** A facility being consolidated (集約元). */
const sourceFacilitySchema = z.object({
  name: requiredText(TEXT_LIMITS.name),
  ownerCode: dantaiCodeSchema,
  type: z.enum(FACILITY_TYPES),
  floorArea: floorAreaSchema,
  closureDate: z.optional(isoDateSchema),
});

/** The facility they go into (集約先): new or existing. */
const targetFacilitySchema = z.object({
  kind: z.enum(TARGET_FACILITY_KINDS),
  name: requiredText(TEXT_LIMITS.name),
  ownerCode: dantaiCodeSchema,
  type: z.enum(FACILITY_TYPES),
  floorArea: floorAreaSchema,
  serviceStartDate: z.optional(isoDateSchema),
});

const researchItemSchema = z.object({
  category: z.enum(RESEARCH_CATEGORIES),
  description: requiredText(TEXT_LIMITS.name),
  amount: yenSchema,
});

const smoothingItemSchema = z.object({
  category: z.enum(SMOOTHING_CATEGORIES),
  description: requiredText(TEXT_LIMITS.name),
  amount: yenSchema,
});

/** 円滑化経費 received for this consolidation in an earlier fiscal year. */
const earlierReceiptSchema = z.object({
  fiscalYear: fiscalYearSchema,
  amount: yenSchema,
});

/**
 * One 集約化等 (取組) the applicant takes part in, with everything about it: the other 団体, the
 * facilities, the stages claimed this year and the earlier years' 円滑化 措置額. The 集約先 may
 * still be open at the 調査検討 stage: deciding it is what the study is for.
 */
const initiativeSchema = z.object({
  name: requiredText(TEXT_LIMITS.title),
  method: z.enum(CONSOLIDATION_METHODS),
  /** 機能統合を決定した日: for a 機能統合, the 集約化等完了年度 is the fiscal year of this day. */
  integrationDecisionDate: z.optional(isoDateSchema),
  framework: z.enum(FRAMEWORKS),
  frameworkOther: z.optional(jisText(TEXT_LIMITS.name)),
  applicantRole: requiredText(TEXT_LIMITS.role),
  otherParties: reusableTable(partySchema),
  sourceFacilities: reusableTable(sourceFacilitySchema),
  /** Whether the 集約先 is decided; it must be for 円滑化経費. */
  targetDecided: z.boolean(),
  targetFacility: z.optional(targetFacilitySchema),
  stages: z.array(z.enum(CONSOLIDATION_STAGES)),
  researchItems: z.optional(reusableTable(researchItemSchema)),
  smoothingItems: z.optional(reusableTable(smoothingItemSchema)),
  earlierReceipts: z.optional(reusableTable(earlierReceiptSchema)),
});

/**
 * The fields of the form without cross-field rules (usable with .pick for one step).
 * Version 3: one claim is one 団体's for one fiscal year, holding every 集約化等 it takes part in.
 */
export const consolidationFields = z.object({
  applicant: applicantSchema,
  contact: contactSchema,
  fiscalYear: fiscalYearSchema,
  initiatives: reusableTable(initiativeSchema),
  attachments: z.optional(reusableTable(attachmentSchema(CONSOLIDATION_ATTACHMENT_KINDS))),
  remarks: z.optional(jisText(TEXT_LIMITS.remarks)),
});

type Draft = DraftData<z.infer<typeof consolidationFields>>;

export { type DraftInitiative, initiativesOf };

function refineInitiativeAndParties(
  initiative: DraftInitiative,
  at: string,
  ctx: z.core.$RefinementCtx,
): void {
  if (initiative.framework === 'その他' && !initiative.frameworkOther) {
    addDomainIssue(ctx, `${at}.frameworkOther`, 'common.otherText');
  }
  const parties = rows(initiative.otherParties);
  const codes = parties.map((party) => party.dantaiCode);
  parties.forEach((party, index) => {
    if (party.dantaiCode !== undefined && codes.indexOf(party.dantaiCode) !== index) {
      addDomainIssue(ctx, `${at}.otherParties.${index}.dantaiCode`, 'consolidation.partyDuplicate');
    }
    if (party.kind === '一部事務組合・広域連合' && !party.name) {
      addDomainIssue(ctx, `${at}.otherParties.${index}.name`, 'consolidation.partyName');
    }
  });
}

/**
 * Every facility belongs to the applicant or another party; the 集約先 is decided when 円滑化経費
 * is claimed, and then has a start date unless 機能統合.
 */
function refineFacilities(
  data: Draft,
  initiative: DraftInitiative,
  at: string,
  ctx: z.core.$RefinementCtx,
): void {
  const members = new Set([
    data.applicant?.dantaiCode,
    ...rows(initiative.otherParties).map((party) => party.dantaiCode),
  ]);
  const checkOwner = (path: string, code: string | undefined) => {
    if (code !== undefined && !members.has(code)) {
      addDomainIssue(ctx, path, 'consolidation.ownerNotParty', { code });
    }
  };
  const sources = rows(initiative.sourceFacilities);
  if (Array.isArray(initiative.sourceFacilities) && sources.length === 0) {
    addDomainIssue(ctx, `${at}.sourceFacilities`, 'consolidation.facilitiesRequired');
  }
  sources.forEach((facility, index) => {
    checkOwner(`${at}.sourceFacilities.${index}.ownerCode`, facility.ownerCode);
  });
  // 円滑化経費 with the 集約先 still open is refused by consolidationEligibility (the calculator too).
  const smoothing = Array.isArray(initiative.stages) && initiative.stages.includes('円滑化経費');
  if (initiative.targetDecided !== true) return;
  const target = initiative.targetFacility;
  // A draft or a server payload may hold null here: treat it as not entered.
  if (!isRecord(target)) {
    addDomainIssue(ctx, `${at}.targetFacility`, 'consolidation.targetRequired');
    return;
  }
  checkOwner(`${at}.targetFacility.ownerCode`, target.ownerCode);
  const method = initiative.method;
  if (smoothing && method !== undefined && method !== '機能統合' && !target.serviceStartDate) {
    addDomainIssue(
      ctx,
      `${at}.targetFacility.serviceStartDate`,
      'consolidation.serviceStartRequired',
    );
  }
}

/** Each stage claimed has its cost items; 円滑化経費 has its 完了年度. */
function refineStages(initiative: DraftInitiative, at: string, ctx: z.core.$RefinementCtx): void {
  const stages = Array.isArray(initiative.stages) ? initiative.stages : [];
  if (Array.isArray(initiative.stages) && stages.length === 0) {
    addDomainIssue(ctx, `${at}.stages`, 'consolidation.stagesRequired');
  }
  if (new Set(stages).size !== stages.length) {
    addDomainIssue(ctx, `${at}.stages`, 'consolidation.stageDuplicate');
  }
  if (stages.includes('調査検討経費') && rows(initiative.researchItems).length === 0) {
    addDomainIssue(ctx, `${at}.researchItems`, 'consolidation.itemsRequired', {
      stage: '調査検討経費',
    });
  }
  if (stages.includes('円滑化経費')) {
    if (rows(initiative.smoothingItems).length === 0) {
      addDomainIssue(ctx, `${at}.smoothingItems`, 'consolidation.itemsRequired', {
        stage: '円滑化経費',
      });
    }
    // The 供用開始日 is required by refineFacilities; a 機能統合 needs its decision date here.
    const completion = completionOf(initiative);
    if (completion.basis === '機能統合の決定日' && completion.date === undefined) {
      addDomainIssue(ctx, `${at}.${completion.datePath}`, 'consolidation.completionRequired');
    }
  }
}

/** Earlier years' amounts: one row per year, before this claim's year, not before the 完了年度. */
function refineEarlierReceipts(
  fiscalYear: unknown,
  initiative: DraftInitiative,
  at: string,
  ctx: z.core.$RefinementCtx,
): void {
  const receipts = rows(initiative.earlierReceipts);
  const years = receipts.map((receipt) => receipt.fiscalYear);
  const completionYear = completionFiscalYear(initiative);
  receipts.forEach((receipt, index) => {
    const path = `${at}.earlierReceipts.${index}.fiscalYear`;
    const year = receipt.fiscalYear;
    if (year === undefined) return;
    if (years.indexOf(year) !== index) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearDuplicate');
    }
    if (isFiscalYear(fiscalYear) && year >= fiscalYear) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearNotBefore', {
        fiscalYear: formatFiscalYear(fiscalYear),
      });
    }
    if (isFiscalYear(completionYear) && year < completionYear) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearBeforeCompletion', {
        completion: formatFiscalYear(completionYear),
      });
    }
  });
}

function refineInitiativeList(data: Draft, ctx: z.core.$RefinementCtx): void {
  if (Array.isArray(data.initiatives) && data.initiatives.length === 0) {
    addDomainIssue(ctx, 'initiatives', 'consolidation.initiativesRequired');
  }
}

/**
 * The consolidation form: fields, cross-field rules and eligibility, with issues keyed by path.
 * The rules also run while other fields are still missing, so a step shows its own problems at once.
 */
export const consolidationSchema = consolidationFields.check(
  z.superRefine(
    (value, ctx) => {
      const data = value as Draft;
      refineInitiativeList(data, ctx);
      for (const { initiative, at } of initiativesOf(data)) {
        refineInitiativeAndParties(initiative, at, ctx);
        refineFacilities(data, initiative, at, ctx);
        refineStages(initiative, at, ctx);
        refineEarlierReceipts(data.fiscalYear, initiative, at, ctx);
      }
      addEligibilityIssues(ctx, consolidationEligibility(data));
    },
    { when: (payload) => isRecord(payload.value) },
  ),
);

export type Consolidation = z.infer<typeof consolidationSchema>;
export type ConsolidationInitiative = Consolidation['initiatives'][number];
