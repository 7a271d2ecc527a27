// The measures with checks of their own, by form id. A form with none here gets the common checks.
import { consolidationChecks } from './consolidation-checks.ts';
import type { MeasureChecks } from './measure-checks.ts';
import { specialistDispatchChecks } from './specialist-dispatch-checks.ts';

export const measureChecks: ReadonlyMap<string, MeasureChecks> = new Map(
  [specialistDispatchChecks, consolidationChecks].map((checks) => [checks.formId, checks]),
);
