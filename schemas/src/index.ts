// @koiki/schemas: the shared contract. Runs in Node and in the browser; imports only zod.
export * from './calculators/index.ts';
export * from './controls/control-kinds.ts';
export * from './forms/choices.ts';
export type { Consolidation } from './forms/consolidation-claim.ts';
export {
  consolidationFields,
  consolidationFormId,
  consolidationSchema,
  consolidationSchemaVersion,
} from './forms/consolidation-claim.ts';
export type { FormId, JapaneseValidator } from './forms/index.ts';
export { formIds, formSchemas, isFormId, japaneseValidator, validateForm } from './forms/index.ts';
export type { SpecialistDispatch, SpecialistDispatchPost } from './forms/specialist-dispatch.ts';
export {
  specialistDispatchFields,
  specialistDispatchFormId,
  specialistDispatchSchema,
  specialistDispatchSchemaVersion,
} from './forms/specialist-dispatch.ts';
export { formJsonSchema } from './json-schema.ts';
export * from './messages/index.ts';
export * from './reference/index.ts';
export * from './rules/index.ts';
export * from './values/index.ts';
