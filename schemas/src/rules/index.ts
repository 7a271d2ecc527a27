export type { ConsolidationRules, ExcludedFacilityType } from './consolidation-rules.ts';
export { consolidationRules, consolidationRuleTable } from './consolidation-rules.ts';
export type { Rate } from './rate.ts';
export { applyRate, formatRate } from './rate.ts';
export type { RuleParameter } from './rule-parameter.ts';
export type { DatedRules, RulesLookup, RuleTable } from './rules-for.ts';
export { rulesFor } from './rules-for.ts';
export type { RuleSource } from './sources.ts';
export type { ExcludedOccupation, SpecialistDispatchRules } from './specialist-dispatch-rules.ts';
export {
  specialistDispatchRules,
  specialistDispatchRuleTable,
} from './specialist-dispatch-rules.ts';
