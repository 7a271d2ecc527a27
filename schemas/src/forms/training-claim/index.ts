// 新たな政策課題に関する人材育成の研修: what a portal server, the CLI and the form import as
// `@koiki/schemas/forms/training-claim`.
export * from './calculator.ts';
export * from './choices.ts';
export { trainingClaimContract } from './contract.ts';
export * from './eligibility.ts';
export * from './fields.ts';
export { trainingClaimIdentity } from './identity.ts';
export { TRAINING_TEXT_LIMITS } from './limits.ts';
export * from './messages.ts';
export * from './rules.ts';
export { trainingClaimSchema } from './schema.ts';
