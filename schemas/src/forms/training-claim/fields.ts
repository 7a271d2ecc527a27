// 新たな政策課題に関する人材育成の研修 (training-claim): every data item of SPEC §2.3 and issue 20,
// without cross-field rules (schema.ts adds them). One claim is one 団体's for one fiscal year.
import * as z from 'zod/mini';
import type { DraftData } from '../../calculators/draft-data.ts';
import { formatMessage } from '../../messages/domain-messages.ts';
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
} from '../common.ts';
import { reusableTable } from '../reusable-row.ts';
import { TEXT_LIMITS } from '../text-limits.ts';
import {
  COST_CATEGORIES,
  POLICY_DOCUMENTS,
  TRAINING_ATTACHMENT_KINDS,
  TRAINING_KINDS,
} from './choices.ts';
import { TRAINING_TEXT_LIMITS } from './limits.ts';
import { formatTrainingMessage } from './messages.ts';

/** The fewest and most staff a numeric target may name (a typing slip beyond that, not a plan). */
export const STAFF_COUNT_LIMITS = { min: 1, max: 100_000 } as const;

/** A number of staff (育成する職員数の数値目標): a whole number of at least one. */
export const staffCountSchema = z
  .int({
    error: (issue) =>
      issue.input === undefined
        ? formatMessage('common.required')
        : formatTrainingMessage('training.staffCountTooSmall', STAFF_COUNT_LIMITS),
  })
  .check(
    z.minimum(STAFF_COUNT_LIMITS.min, {
      error: () => formatTrainingMessage('training.staffCountTooSmall', STAFF_COUNT_LIMITS),
    }),
    z.maximum(STAFF_COUNT_LIMITS.max, {
      error: () => formatTrainingMessage('training.staffCountTooLarge', STAFF_COUNT_LIMITS),
    }),
  );

/** Where a requirement is written: the 基本方針 or its 実施計画, and the 章・頁. */
const placeSchema = z.object({
  document: z.enum(POLICY_DOCUMENTS),
  location: requiredText(TRAINING_TEXT_LIMITS.location),
});

/** The newly adopted 人材育成基本方針 the training rests on. */
const policySchema = z.object({
  name: requiredText(TEXT_LIMITS.title),
  /** 策定日: the 基本方針 is a new one, made following the 策定指針. */
  adoptedDate: isoDateSchema,
  /** Its 実施計画, when the requirements are written there. */
  implementationPlanName: z.optional(jisText(TEXT_LIMITS.title)),
});

/** A 新たな政策課題 (requirement ①): named in a medium/long-term plan and placed in the 基本方針. */
const challengeSchema = z.object({
  /** e.g. GX, スタートアップ支援, インバウンド戦略, 多文化共生. */
  name: requiredText(TEXT_LIMITS.name),
  /** 中長期的な計画等: the plan that names it as a priority, and where. */
  planName: requiredText(TEXT_LIMITS.title),
  planLocation: requiredText(TRAINING_TEXT_LIMITS.location),
  /** Where the 基本方針 (or 実施計画) places it. */
  policyPlace: placeSchema,
});

/** A 研修プログラム (requirements ② and ③). */
const programmeSchema = z.object({
  name: requiredText(TEXT_LIMITS.title),
  /** The 課題 it serves: one of `challenges[].name`. */
  challengeName: requiredText(TEXT_LIMITS.name),
  purpose: requiredText(TRAINING_TEXT_LIMITS.purpose),
  schedule: requiredText(TRAINING_TEXT_LIMITS.schedule),
  /** 対象職員. */
  targetStaff: requiredText(TRAINING_TEXT_LIMITS.purpose),
  /** ②: where its content (purpose, schedule…) is written. */
  contentPlace: placeSchema,
  /** ③: 育成する職員数の数値目標 (人), by which fiscal year, and where it is set. */
  staffTarget: staffCountSchema,
  targetFiscalYear: fiscalYearSchema,
  targetPlace: placeSchema,
  /** 広域研修 only: the programme states that it is wide-area, including the 市町村. */
  wideAreaStated: z.optional(z.boolean()),
});

/** A 市町村 whose staff join the 広域研修, with its target and its own 基本方針 (①–③ on its side). */
const participantSchema = z.object({
  dantaiCode: dantaiCodeSchema,
  /** The 市町村's numeric target, as the 都道府県等's programme states it. */
  staffTarget: staffCountSchema,
  /** The 市町村's own new 人材育成基本方針. */
  policyName: requiredText(TEXT_LIMITS.title),
  /** The 市町村 meets requirements ①–③ itself. */
  meetsRequirements: z.boolean(),
});

/** One line of cost: its 対象経費 category, what it is, and the amount in 円. */
const costItemSchema = z.object({
  category: z.enum(COST_CATEGORIES),
  description: requiredText(TEXT_LIMITS.name),
  amount: yenSchema,
});

export const trainingClaimFields = z.object({
  applicant: applicantSchema,
  contact: contactSchema,
  fiscalYear: fiscalYearSchema,
  trainingKind: z.enum(TRAINING_KINDS),
  policy: policySchema,
  challenges: reusableTable(challengeSchema),
  programmes: reusableTable(programmeSchema),
  /** 広域研修 only. */
  participants: z.optional(reusableTable(participantSchema)),
  costItems: reusableTable(costItemSchema),
  attachments: z.optional(reusableTable(attachmentSchema(TRAINING_ATTACHMENT_KINDS))),
  remarks: z.optional(jisText(TEXT_LIMITS.remarks)),
});

export type TrainingClaim = z.infer<typeof trainingClaimFields>;
export type TrainingProgramme = TrainingClaim['programmes'][number];
export type TrainingCostItem = TrainingClaim['costItems'][number];

/** The claim while it is being typed (or as a client sent it): any item may be missing. */
export type TrainingDraft = DraftData<TrainingClaim>;
