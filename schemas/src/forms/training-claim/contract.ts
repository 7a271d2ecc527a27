// 新たな政策課題に関する人材育成の研修 as the shared contract knows it.
import { defineFormContract } from '../form-contract.ts';
import { calculateTraining } from './calculator.ts';
import {
  COST_CATEGORIES,
  COST_GROUPS,
  POLICY_DOCUMENTS,
  TRAINING_ATTACHMENT_KINDS,
  TRAINING_KINDS,
} from './choices.ts';
import { trainingClaimFields } from './fields.ts';
import { trainingClaimIdentity } from './identity.ts';
import { trainingMessages } from './messages.ts';
import { trainingRules } from './rules.ts';
import { trainingClaimSchema } from './schema.ts';

export const trainingClaimContract = defineFormContract({
  ...trainingClaimIdentity,
  schema: trainingClaimSchema,
  fields: trainingClaimFields,
  calculate: calculateTraining,
  rules: trainingRules,
  messages: trainingMessages,
  // Listed, not `import * as`: a namespace object costs the bundle a runtime helper chunk.
  choices: {
    TRAINING_KINDS,
    COST_GROUPS,
    COST_CATEGORIES,
    POLICY_DOCUMENTS,
    TRAINING_ATTACHMENT_KINDS,
  },
  // Version 1 is the first: nothing older to migrate, and all data is of version 1.
  migrate: {},
  versionOfData: () => trainingClaimIdentity.schemaVersion,
});
