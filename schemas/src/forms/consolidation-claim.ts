// 複数団体による公共施設の集約化・複合化等 (consolidation-claim): every data item of SPEC §2.2 and issue 8.

import { z } from 'zod';
import { completionFiscalYear, completionOf } from '../calculators/completion-year.ts';
import { consolidationEligibility } from '../calculators/consolidation-eligibility.ts';
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
  jisTextSchema,
  requiredTextSchema,
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

const addDomainIssue = domainIssueAdder(formatConsolidationMessage);

export const consolidationFormId = consolidationIdentity.id;
/** 2: 集約化等完了年度 is derived (from 供用開始日 or 機能統合の決定日), no longer asked. */
export const consolidationSchemaVersion = consolidationIdentity.schemaVersion;

/** The 取組: its name, 手法 (with the 機能統合 decision date), framework and the applicant's role. */
const initiativeSchema = z.object({
  name: requiredTextSchema,
  method: z.enum(CONSOLIDATION_METHODS),
  /** 機能統合を決定した日: for a 機能統合, the 集約化等完了年度 is the fiscal year of this day. */
  integrationDecisionDate: isoDateSchema.optional(),
  framework: z.enum(FRAMEWORKS),
  frameworkOther: jisTextSchema.optional(),
  applicantRole: requiredTextSchema,
});

/** Another 団体 taking part (besides the applicant); a 一部事務組合・広域連合 gives its name. */
const partySchema = z.object({
  kind: z.enum(PARTY_KINDS),
  dantaiCode: dantaiCodeSchema,
  name: jisTextSchema.optional(),
  role: requiredTextSchema,
});

/** A facility being consolidated (集約元). */
const sourceFacilitySchema = z.object({
  name: requiredTextSchema,
  ownerCode: dantaiCodeSchema,
  type: z.enum(FACILITY_TYPES),
  floorArea: floorAreaSchema,
  closureDate: isoDateSchema.optional(),
});

/** The facility they go into (集約先): new or existing. */
const targetFacilitySchema = z.object({
  kind: z.enum(TARGET_FACILITY_KINDS),
  name: requiredTextSchema,
  ownerCode: dantaiCodeSchema,
  type: z.enum(FACILITY_TYPES),
  floorArea: floorAreaSchema,
  serviceStartDate: isoDateSchema.optional(),
});

const researchItemSchema = z.object({
  category: z.enum(RESEARCH_CATEGORIES),
  description: requiredTextSchema,
  amount: yenSchema,
});

const smoothingItemSchema = z.object({
  category: z.enum(SMOOTHING_CATEGORIES),
  description: requiredTextSchema,
  amount: yenSchema,
});

/** 円滑化経費 received for this consolidation in an earlier fiscal year. */
const earlierReceiptSchema = z.object({
  fiscalYear: fiscalYearSchema,
  amount: yenSchema,
});

/** The fields of the form without cross-field rules (usable with .pick for one step). */
export const consolidationFields = z.object({
  applicant: applicantSchema,
  contact: contactSchema,
  fiscalYear: fiscalYearSchema,
  initiative: initiativeSchema,
  otherParties: z.array(partySchema),
  sourceFacilities: z.array(sourceFacilitySchema),
  targetFacility: targetFacilitySchema,
  stages: z.array(z.enum(CONSOLIDATION_STAGES)),
  researchItems: z.array(researchItemSchema).optional(),
  smoothingItems: z.array(smoothingItemSchema).optional(),
  earlierReceipts: z.array(earlierReceiptSchema).optional(),
  attachments: z.array(attachmentSchema(CONSOLIDATION_ATTACHMENT_KINDS)).optional(),
  remarks: jisTextSchema.optional(),
});

type Draft = DraftData<z.infer<typeof consolidationFields>>;

function refineInitiativeAndParties(data: Draft, ctx: z.core.$RefinementCtx): void {
  if (data.initiative?.framework === 'その他' && !data.initiative.frameworkOther) {
    addDomainIssue(ctx, 'initiative.frameworkOther', 'common.otherText');
  }
  const parties = rows(data.otherParties);
  const codes = parties.map((party) => party.dantaiCode);
  parties.forEach((party, index) => {
    if (party.dantaiCode !== undefined && codes.indexOf(party.dantaiCode) !== index) {
      addDomainIssue(ctx, `otherParties.${index}.dantaiCode`, 'consolidation.partyDuplicate');
    }
    if (party.kind === '一部事務組合・広域連合' && !party.name) {
      addDomainIssue(ctx, `otherParties.${index}.name`, 'consolidation.partyName');
    }
  });
}

/** Every facility belongs to the applicant or another party; the 集約先 has a start date unless 機能統合. */
function refineFacilities(data: Draft, ctx: z.core.$RefinementCtx): void {
  const members = new Set([
    data.applicant?.dantaiCode,
    ...rows(data.otherParties).map((party) => party.dantaiCode),
  ]);
  const checkOwner = (path: string, code: string | undefined) => {
    if (code !== undefined && !members.has(code)) {
      addDomainIssue(ctx, path, 'consolidation.ownerNotParty', { code });
    }
  };
  const sources = rows(data.sourceFacilities);
  if (Array.isArray(data.sourceFacilities) && sources.length === 0) {
    addDomainIssue(ctx, 'sourceFacilities', 'consolidation.facilitiesRequired');
  }
  sources.forEach((facility, index) => {
    checkOwner(`sourceFacilities.${index}.ownerCode`, facility.ownerCode);
  });
  const target = data.targetFacility;
  checkOwner('targetFacility.ownerCode', target?.ownerCode);
  const method = data.initiative?.method;
  if (target && method !== undefined && method !== '機能統合' && !target.serviceStartDate) {
    addDomainIssue(ctx, 'targetFacility.serviceStartDate', 'consolidation.serviceStartRequired');
  }
}

/** Each stage claimed has its cost items; 円滑化経費 has its 完了年度. */
function refineStages(data: Draft, ctx: z.core.$RefinementCtx): void {
  const stages = Array.isArray(data.stages) ? data.stages : [];
  if (Array.isArray(data.stages) && stages.length === 0) {
    addDomainIssue(ctx, 'stages', 'consolidation.stagesRequired');
  }
  if (new Set(stages).size !== stages.length) {
    addDomainIssue(ctx, 'stages', 'consolidation.stageDuplicate');
  }
  if (stages.includes('調査検討経費') && rows(data.researchItems).length === 0) {
    addDomainIssue(ctx, 'researchItems', 'consolidation.itemsRequired', { stage: '調査検討経費' });
  }
  if (stages.includes('円滑化経費')) {
    if (rows(data.smoothingItems).length === 0) {
      addDomainIssue(ctx, 'smoothingItems', 'consolidation.itemsRequired', { stage: '円滑化経費' });
    }
    // The 供用開始日 is required by refineFacilities; a 機能統合 needs its decision date here.
    const completion = completionOf(data);
    if (completion.basis === '機能統合の決定日' && completion.date === undefined) {
      addDomainIssue(ctx, completion.datePath, 'consolidation.completionRequired');
    }
  }
}

/** Earlier years' amounts: one row per year, before this claim's year, not before the 完了年度. */
function refineEarlierReceipts(data: Draft, ctx: z.core.$RefinementCtx): void {
  const receipts = rows(data.earlierReceipts);
  const years = receipts.map((receipt) => receipt.fiscalYear);
  const completionYear = completionFiscalYear(data);
  receipts.forEach((receipt, index) => {
    const path = `earlierReceipts.${index}.fiscalYear`;
    const year = receipt.fiscalYear;
    if (year === undefined) return;
    if (years.indexOf(year) !== index) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearDuplicate');
    }
    if (isFiscalYear(data.fiscalYear) && year >= data.fiscalYear) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearNotBefore', {
        fiscalYear: formatFiscalYear(data.fiscalYear),
      });
    }
    if (isFiscalYear(completionYear) && year < completionYear) {
      addDomainIssue(ctx, path, 'consolidation.earlierYearBeforeCompletion', {
        completion: formatFiscalYear(completionYear),
      });
    }
  });
}

/**
 * The consolidation form: fields, cross-field rules and eligibility, with issues keyed by path.
 * The rules also run while other fields are still missing, so a step shows its own problems at once.
 */
export const consolidationSchema = consolidationFields.superRefine(
  (value, ctx) => {
    const data = value as Draft;
    refineInitiativeAndParties(data, ctx);
    refineFacilities(data, ctx);
    refineStages(data, ctx);
    refineEarlierReceipts(data, ctx);
    addEligibilityIssues(ctx, consolidationEligibility(data));
  },
  { when: (payload) => isRecord(payload.value) },
);

export type Consolidation = z.infer<typeof consolidationSchema>;
