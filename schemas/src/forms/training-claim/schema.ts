// The training form's schema: its fields (fields.ts) with the cross-field rules and the measure's
// eligibility, each issue at the exact path of the answer to change. The rules also run while other
// fields are still missing, so a step shows its own problems at once.
import * as z from 'zod/mini';
import { isRecord, rows } from '../../calculators/draft-data.ts';
import { addEligibilityIssues, domainIssueAdder } from '../refinement.ts';
import { trainingEligibility } from './eligibility.ts';
import { type TrainingDraft, trainingClaimFields } from './fields.ts';
import { formatTrainingMessage } from './messages.ts';

const addIssue = domainIssueAdder(formatTrainingMessage);

/** Each value at most once: every later repeat of a value gets the issue. */
function repeats(values: readonly unknown[]): number[] {
  return values.flatMap((value, index) =>
    value !== undefined && value !== '' && values.indexOf(value) !== index ? [index] : [],
  );
}

/** Programmes name their 課題 by its name, so names must tell the 課題 apart. */
function refineChallengeNames(data: TrainingDraft, ctx: z.core.$RefinementCtx): void {
  const names = rows(data.challenges).map((challenge) => challenge.name);
  for (const index of repeats(names)) {
    addIssue(ctx, `challenges.${index}.name`, 'training.challengeDuplicate');
  }
}

/** A requirement written in the 実施計画 needs the 実施計画's name. */
function refineImplementationPlan(data: TrainingDraft, ctx: z.core.$RefinementCtx): void {
  const places = [
    ...rows(data.challenges).map((challenge) => challenge.policyPlace),
    ...rows(data.programmes).flatMap((programme) => [
      programme.contentPlace,
      programme.targetPlace,
    ]),
  ];
  const inPlan = places.some((place) => place?.document === '実施計画');
  if (inPlan && !data.policy?.implementationPlanName) {
    addIssue(ctx, 'policy.implementationPlanName', 'training.implementationPlanRequired');
  }
}

/** 広域研修: each participating 市町村 once. */
function refineParticipants(data: TrainingDraft, ctx: z.core.$RefinementCtx): void {
  if (data.trainingKind !== '広域研修') return;
  const codes = rows(data.participants).map((participant) => participant.dantaiCode);
  for (const index of repeats(codes)) {
    addIssue(ctx, `participants.${index}.dantaiCode`, 'training.participantDuplicate');
  }
}

function refineCostItems(data: TrainingDraft, ctx: z.core.$RefinementCtx): void {
  if (Array.isArray(data.costItems) && data.costItems.length === 0) {
    addIssue(ctx, 'costItems', 'training.costItemsRequired');
  }
}

/** The training form: fields, cross-field rules and eligibility, with issues keyed by path. */
export const trainingClaimSchema = trainingClaimFields.check(
  z.superRefine(
    (value, ctx) => {
      const data = value as TrainingDraft;
      refineChallengeNames(data, ctx);
      refineImplementationPlan(data, ctx);
      refineParticipants(data, ctx);
      refineCostItems(data, ctx);
      addEligibilityIssues(ctx, trainingEligibility(data));
    },
    { when: (payload) => isRecord(payload.value) },
  ),
);
