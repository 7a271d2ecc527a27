// The measures with checks of their own (one module per measure, keyed by the form id constant its
// schema exports). A form with none here gets the common checks only.
import { consolidationChecks } from './consolidation-checks.ts';
import type { MeasureChecks } from './measure-checks.ts';
import { specialistDispatchChecks } from './staff-dispatch-checks.ts';

export const measureChecks: ReadonlyMap<string, MeasureChecks> = new Map(
  [specialistDispatchChecks, consolidationChecks].map((checks) => [checks.formId, checks]),
);
