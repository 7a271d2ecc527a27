// The specialist-dispatch form whole: its outline (outline.ts, what the assistant draws the first step with)
// joined with its contract from @koiki/schemas. The CLI, a server and the tests use it; the
// assistant loads it right after the first step is drawn.
import {
  type SpecialistDispatch,
  specialistDispatchContract,
} from '@koiki/schemas/forms/specialist-dispatch';
import type { FormModule } from '../form-module.ts';
import { withContract } from '../with-contract.ts';
import { specialistDispatchOutlineModule } from './outline.ts';

export const specialistDispatch: FormModule<SpecialistDispatch> = withContract(
  specialistDispatchOutlineModule,
  specialistDispatchContract,
);

export { specialistDispatchContract };

/** The whole definition, its text limits read from the schema. */
export const specialistDispatchDefinition = specialistDispatch.definition;
