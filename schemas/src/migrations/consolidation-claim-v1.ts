// consolidation-claim 1 → 2: version 1 asked the 集約化等完了年度, its basis and the basis date on
// the 円滑化経費 step. The year is now derived: the basis date moves to the one question that asks
// it (the 機能統合 decision, or the 供用開始日 when that was still empty); the year and the basis,
// which follow from that date, are dropped.
import { isRecord } from '../calculators/draft-data.ts';

const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** The version 2 data of a version 1 consolidation claim. */
export function consolidationFromVersion1(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.completion)) return old;
  const { completion, ...data } = old;
  const date = completion.basisDate;
  if (typeof date !== 'string' || date === '') return data;
  if (completion.basis === '機能統合の決定日') {
    return { ...data, initiative: { ...asRecord(data.initiative), integrationDecisionDate: date } };
  }
  const target = asRecord(data.targetFacility);
  if (target.serviceStartDate !== undefined) return data;
  return { ...data, targetFacility: { ...target, serviceStartDate: date } };
}
