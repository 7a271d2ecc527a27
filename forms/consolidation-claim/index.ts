// The consolidation form whole: its outline (outline.ts, what the assistant draws the first step with)
// joined with its contract from @koiki/schemas. The CLI, a server and the tests use it; the
// assistant loads it right after the first step is drawn.
import {
  type Consolidation,
  consolidationContract,
} from '@koiki/schemas/forms/consolidation-claim';
import type { FormModule } from '../form-module.ts';
import { withContract } from '../with-contract.ts';
import { consolidationClaimOutlineModule } from './outline.ts';

export const consolidationClaim: FormModule<Consolidation> = withContract(
  consolidationClaimOutlineModule,
  consolidationContract,
);

export { consolidationContract };

/** The whole definition, its text limits read from the schema. */
export const consolidationClaimDefinition = consolidationClaim.definition;
