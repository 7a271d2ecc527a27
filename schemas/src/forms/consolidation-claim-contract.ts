// 複数団体による公共施設の集約化・複合化等 as the shared contract knows it.
import { calculateConsolidation } from '../calculators/consolidation-calculator.ts';
import { consolidationMessages } from '../messages/consolidation-claim-messages.ts';
import { consolidationRules } from '../rules/consolidation-rules.ts';
import { consolidationFields, consolidationSchema } from './consolidation-claim.ts';
import * as choices from './consolidation-claim-choices.ts';
import { consolidationIdentity } from './consolidation-claim-identity.ts';
import { defineFormContract } from './form-contract.ts';

export const consolidationContract = defineFormContract({
  ...consolidationIdentity,
  schema: consolidationSchema,
  fields: consolidationFields,
  calculate: calculateConsolidation,
  rules: consolidationRules,
  messages: consolidationMessages,
  choices,
});
