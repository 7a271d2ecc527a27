import { formatMessage } from '../messages/domain-messages.ts';
import { formatFiscalYear, isKnownFiscalYear } from '../values/index.ts';
import { type ConsolidationRules, consolidationRuleTable } from './consolidation-rules.ts';
import {
  type SpecialistDispatchRules,
  specialistDispatchRuleTable,
} from './specialist-dispatch-rules.ts';

/** The measures this kit knows, by form id. */
export interface RulesByMeasure {
  'specialist-dispatch': SpecialistDispatchRules;
  'consolidation-claim': ConsolidationRules;
}
export type Measure = keyof RulesByMeasure;

const tables: { [M in Measure]: readonly RulesByMeasure[M][] } = {
  'specialist-dispatch': specialistDispatchRuleTable,
  'consolidation-claim': consolidationRuleTable,
};

const measureNames: Record<Measure, string> = {
  'specialist-dispatch': '連携協約に基づく専門人材派遣',
  'consolidation-claim': '複数団体による公共施設の集約化・複合化等',
};

export type RulesLookup<R> =
  | { ok: true; rules: R }
  | { ok: false; code: 'rules.measureNotInForce'; message: string };

/** The rule-table row in force in `fiscalYear`, or a Japanese message when the measure did not exist yet. */
export function rulesFor<M extends Measure>(
  measure: M,
  fiscalYear: number,
): RulesLookup<RulesByMeasure[M]> {
  const table = tables[measure];
  let found: RulesByMeasure[M] | undefined;
  for (const row of table) {
    if (row.fromFiscalYear <= fiscalYear) found = row;
  }
  if (found) return { ok: true, rules: found };
  const first = table[0];
  return {
    ok: false,
    code: 'rules.measureNotInForce',
    message: formatMessage('rules.measureNotInForce', {
      measure: measureNames[measure],
      since: first ? formatFiscalYear(first.fromFiscalYear) : '',
      fiscalYear: formatFiscalYear(fiscalYear),
    }),
  };
}

/**
 * The row in force in `fiscalYear`, or the latest row while the claim has no such year yet (for the
 * texts that explain the measure before a year is chosen).
 */
export function rulesOrLatest<M extends Measure>(
  measure: M,
  fiscalYear: unknown,
): RulesByMeasure[M] {
  if (typeof fiscalYear === 'number' && isKnownFiscalYear(fiscalYear)) {
    const lookup = rulesFor(measure, fiscalYear);
    if (lookup.ok) return lookup.rules;
  }
  const latest = tables[measure].at(-1);
  if (!latest) throw new Error(`${measureNames[measure]}の算定表が空です。`);
  return latest;
}
