// 新たな政策課題に関する人材育成の研修: what a portal server, the CLI and the form import as
// `@koiki/schemas/forms/training-claim`.
export * from './choices.ts';
export * from './fields.ts';
export { trainingClaimIdentity } from './identity.ts';
export { TRAINING_TEXT_LIMITS } from './limits.ts';
