export type { CappedAmount } from './capped-rate.ts';
export { applyRateAndCap } from './capped-rate.ts';
export type {
  ClaimLine,
  ClaimNote,
  ClaimParameters,
  ClaimResult,
  ClaimTotals,
  EligibilityIssue,
  Recipient,
  UsedParameter,
} from './claim-result.ts';
export { withSchemaValidity } from './claim-result-builder.ts';
export { type Completion, completionFiscalYear, completionOf } from './completion-year.ts';
export { calculateConsolidation } from './consolidation-calculator.ts';
export {
  claimsStage,
  consolidationEligibility,
  earlierSmoothingTotal,
  excludedFacilityTypesText,
  partyCount,
  smoothingWindow,
} from './consolidation-eligibility.ts';
export {
  type DraftInitiative,
  initiativeGroup,
  initiativeLabel,
  initiativesOf,
  type PlacedInitiative,
} from './consolidation-initiatives.ts';
export {
  firstDispatchFiscalYear,
  isFirstDispatchYear,
  isPlannedPost,
} from './dispatch-post-year.ts';
export type { DraftData } from './draft-data.ts';
export type { FloorAreaChange } from './floor-area.ts';
export { floorAreaChange } from './floor-area.ts';
export { outsideAreaWarnings, prefectureName } from './outside-area.ts';
export { isPrefectureCode, notificationAuthority } from './prefecture-code.ts';
export type { SpecialistDispatchOverrides } from './specialist-dispatch-calculator.ts';
export { calculateSpecialistDispatch } from './specialist-dispatch-calculator.ts';
export { specialistDispatchEligibility } from './specialist-dispatch-eligibility.ts';
