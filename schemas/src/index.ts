// @koiki/schemas: the shared contract. Runs in Node and in the browser; imports only zod.
export * from './calculators/index.ts';
export * from './controls/control-kinds.ts';
export type { Consolidation, ConsolidationInitiative } from './forms/consolidation-claim.ts';
export {
  consolidationFields,
  consolidationFormId,
  consolidationSchema,
  consolidationSchemaVersion,
} from './forms/consolidation-claim.ts';
export * from './forms/consolidation-claim-choices.ts';
export { consolidationContract } from './forms/consolidation-claim-contract.ts';
export { consolidationIdentity } from './forms/consolidation-claim-identity.ts';
export type { FormContract, JapaneseValidator } from './forms/form-contract.ts';
export { defineFormContract, japaneseValidator } from './forms/form-contract.ts';
export type { FormIdentity } from './forms/form-identity.ts';
export { maxLengthAt } from './forms/max-length-at.ts';
export type { RowReuse } from './forms/reusable-row.ts';
export { reusableRow, reusableTable } from './forms/reusable-row.ts';
export { SEAL_NOTES } from './forms/seal-notes.ts';
export type { SpecialistDispatch, SpecialistDispatchPost } from './forms/specialist-dispatch.ts';
export {
  specialistDispatchFields,
  specialistDispatchFormId,
  specialistDispatchSchema,
  specialistDispatchSchemaVersion,
} from './forms/specialist-dispatch.ts';
export * from './forms/specialist-dispatch-choices.ts';
export { specialistDispatchContract } from './forms/specialist-dispatch-contract.ts';
export { specialistDispatchIdentity } from './forms/specialist-dispatch-identity.ts';
export { TEXT_LIMITS } from './forms/text-limits.ts';
export { validateClaim } from './forms/validate-claim.ts';
export { formJsonSchema } from './json-schema.ts';
export * from './messages/index.ts';
export * from './migrations/index.ts';
export * from './reference/index.ts';
export * from './rules/index.ts';
export * from './values/index.ts';
