// The training form whole: its outline (outline.ts, what the assistant draws the first step with)
// joined with its contract from @koiki/schemas. The CLI, a server and the tests use it; the
// assistant loads it right after the first step is drawn.
import { type TrainingClaim, trainingClaimContract } from '@koiki/schemas/forms/training-claim';
import type { FormModule } from '../form-module.ts';
import { withContract } from '../with-contract.ts';
import { trainingClaimOutlineModule } from './outline.ts';

export const trainingClaim: FormModule<TrainingClaim> = withContract(
  trainingClaimOutlineModule,
  trainingClaimContract,
);

export { trainingClaimContract };

/** The whole definition, its text limits read from the schema. */
export const trainingClaimDefinition = trainingClaim.definition;
