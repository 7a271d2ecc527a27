export { consolidationFromVersion1 } from './consolidation-claim-v1.ts';
export { consolidationFromVersion2, consolidationVersionOfData } from './consolidation-claim-v2.ts';
export { type MigratedClaim, migrateClaim } from './migrate-claim.ts';
export type { MigrationStep, Migrations } from './migration-step.ts';
export { specialistFromVersion1, specialistVersionOfData } from './specialist-dispatch-v1.ts';
