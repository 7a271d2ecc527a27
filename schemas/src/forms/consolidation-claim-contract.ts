// 複数団体による公共施設の集約化・複合化等 as the shared contract knows it.
import { calculateConsolidation } from '../calculators/consolidation-calculator.ts';
import { consolidationMessages } from '../messages/consolidation-claim-messages.ts';
import { consolidationFromVersion1 } from '../migrations/consolidation-claim-v1.ts';
import {
  consolidationFromVersion2,
  consolidationVersionOfData,
} from '../migrations/consolidation-claim-v2.ts';
import { consolidationRules } from '../rules/consolidation-rules.ts';
import { consolidationFields, consolidationSchema } from './consolidation-claim.ts';
import {
  COMPLETION_BASES,
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
import { defineFormContract } from './form-contract.ts';

export const consolidationContract = defineFormContract({
  ...consolidationIdentity,
  schema: consolidationSchema,
  fields: consolidationFields,
  calculate: calculateConsolidation,
  rules: consolidationRules,
  messages: consolidationMessages,
  // Listed, not `import * as`: a namespace object costs the bundle a runtime helper chunk.
  choices: {
    CONSOLIDATION_METHODS,
    PARTY_KINDS,
    FRAMEWORKS,
    FACILITY_TYPES,
    TARGET_FACILITY_KINDS,
    CONSOLIDATION_STAGES,
    RESEARCH_CATEGORIES,
    SMOOTHING_CATEGORIES,
    COMPLETION_BASES,
    CONSOLIDATION_ATTACHMENT_KINDS,
  },
  migrate: { 1: consolidationFromVersion1, 2: consolidationFromVersion2 },
  versionOfData: (data) => consolidationVersionOfData(data, consolidationIdentity.schemaVersion),
});
