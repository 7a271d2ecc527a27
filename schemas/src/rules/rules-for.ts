import { formatMessage } from '../messages/domain-messages.ts';
import { formatFiscalYear } from '../values/index.ts';

/** One row of a measure's dated rule table. */
export interface DatedRules {
  readonly fromFiscalYear: number;
}

/** A measure's rule rows, oldest first, and the measure's name for messages. Each form keeps its own. */
export interface RuleTable<R extends DatedRules> {
  readonly measureName: string;
  readonly rows: readonly R[];
}

export type RulesLookup<R> =
  | { ok: true; rules: R }
  | { ok: false; code: 'rules.measureNotInForce'; message: string };

/** The rule-table row in force in `fiscalYear`, or a Japanese message when the measure did not exist yet. */
export function rulesFor<R extends DatedRules>(
  table: RuleTable<R>,
  fiscalYear: number,
): RulesLookup<R> {
  let found: R | undefined;
  for (const row of table.rows) {
    if (row.fromFiscalYear <= fiscalYear) found = row;
  }
  if (found) return { ok: true, rules: found };
  const first = table.rows[0];
  return {
    ok: false,
    code: 'rules.measureNotInForce',
    message: formatMessage('rules.measureNotInForce', {
      measure: table.measureName,
      since: first ? formatFiscalYear(first.fromFiscalYear) : '',
      fiscalYear: formatFiscalYear(fiscalYear),
    }),
  };
}
