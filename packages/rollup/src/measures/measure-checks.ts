// What a measure adds to the roll-up beyond what every form gets (validation, amounts,
// duplicates, totals): its per-団体 caps, read from its own dated rule table, and the checks that
// need several claims of that measure. One module per measure, each keyed by the form id the
// schemas export; a form with no module here is rolled up with the common checks only.
import type { ClaimUnderCheck } from '../claim-under-check.ts';

/** 「大豊町」 for a 団体コード (the code itself when unknown). */
export type DantaiNames = (code: string) => string;

/** A cap on the sum of one kind of claim line over all of one 団体's claims of one fiscal year. */
export interface DantaiCap {
  /** The ClaimLine kind it caps, e.g. 'recruitment'. */
  readonly kind: string;
  /** e.g. 「募集経費」. */
  readonly label: string;
  readonly cap: number;
  /** The rule table's note, e.g. 「1団体・1年度あたり」. */
  readonly note: string;
}

export interface MeasureChecks {
  readonly formId: string;
  /** The per-団体 caps in force in `fiscalYear` (none when the measure was not in force). */
  dantaiCaps(fiscalYear: number): readonly DantaiCap[];
  /** Adds the findings that need several claims of this measure (claims: not superseded). */
  checkAcrossClaims(claims: readonly ClaimUnderCheck[], names: DantaiNames): void;
}
