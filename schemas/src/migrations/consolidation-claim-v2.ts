// consolidation-claim 2 → 3: one claim per 団体 and fiscal year. Version 2 held one 集約化等 at the
// top level; version 3 holds a list of 取組, each with its parties, facilities, stages and cost
// items. A version 2 claim becomes one 取組.
import { isRecord } from '../calculators/draft-data.ts';
import { hasAnyValue, withoutUndefined } from './migration-step.ts';

/** Top-level items of versions 1 and 2 that version 3 keeps inside each 取組. */
const OLD_TOP_LEVEL = [
  'initiative',
  'otherParties',
  'sourceFacilities',
  'targetFacility',
  'stages',
];

/**
 * The schemaVersion bare consolidation data was saved with, told by its shape: the one 集約化等 at
 * the top level (1 with the asked 完了年度 `completion`, else 2), or `current`.
 */
export function consolidationVersionOfData(data: unknown, current: number): number {
  if (!isRecord(data) || 'initiatives' in data) return current;
  if (!OLD_TOP_LEVEL.some((key) => key in data)) return current;
  return 'completion' in data ? 1 : 2;
}

/** Version 2's one facility kind for every 地方公営企業; version 3 lists them one by one. */
const OLD_PUBLIC_ENTERPRISE = '公営企業';
const OTHER_PUBLIC_ENTERPRISE = 'その他の公営企業';

function withNewFacilityType(facility: unknown): unknown {
  if (!isRecord(facility) || facility.type !== OLD_PUBLIC_ENTERPRISE) return facility;
  return { ...facility, type: OTHER_PUBLIC_ENTERPRISE };
}

/**
 * The version 3 data of a version 2 consolidation claim. The 集約先 counts as decided when the
 * old claim held any value for it (version 2 always asked it).
 */
export function consolidationFromVersion2(old: unknown): unknown {
  if (!isRecord(old) || 'initiatives' in old) return old;
  const {
    initiative,
    otherParties,
    sourceFacilities,
    targetFacility,
    stages,
    researchItems,
    smoothingItems,
    earlierReceipts,
    ...claim
  } = old;
  const targetDecided = hasAnyValue(targetFacility);
  const one = withoutUndefined({
    ...(isRecord(initiative) ? initiative : {}),
    otherParties,
    sourceFacilities: Array.isArray(sourceFacilities)
      ? sourceFacilities.map(withNewFacilityType)
      : sourceFacilities,
    targetDecided,
    targetFacility: targetDecided ? withNewFacilityType(targetFacility) : undefined,
    stages,
    researchItems,
    smoothingItems,
    earlierReceipts,
  });
  return { ...claim, initiatives: [one] };
}
