// What checkClaims gives back: every claim with its status and reasons, and the totals.
import type { ClaimResult, ClaimTotals } from '@koiki/schemas';
import type { ClaimSource } from './received-claim.ts';

/** OK: counted as is. 要確認: counted, but a person should look. 不備: not counted. */
export type ClaimStatus = 'OK' | '要確認' | '不備';

/** One reason a claim is not simply OK. */
export interface ClaimFinding {
  readonly status: Exclude<ClaimStatus, 'OK'>;
  /** Stable code, e.g. 'rollup.duplicate', 'rollup.capPerDantai', or a schema message code. */
  readonly code: string;
  /** Japanese, naming the other claims (by file name) when the finding spans several. */
  readonly message: string;
  /** Dot path in the claim's data the finding concerns ('' for the whole claim). */
  readonly path: string;
  /** Ids of the other claims involved (cross-claim checks). */
  readonly otherClaimIds?: readonly string[];
}

/** One claim after migration, re-validation, recomputation and the cross-claim checks. */
export interface CheckedClaim {
  readonly id: string;
  readonly fileName: string;
  readonly source: ClaimSource;
  readonly formId: string;
  /** The form's title from the registry, e.g. 「連携協約に基づく専門人材派遣」. */
  readonly formTitle: string;
  /** The version the file was written with, and the current one it was migrated to. */
  readonly fromSchemaVersion: number;
  readonly schemaVersion: number;
  readonly dantaiCode: string | null;
  /** e.g. 「高知県」, 「大豊町」; null for an unknown code. */
  readonly dantaiName: string | null;
  readonly fiscalYear: number | null;
  /** e.g. 「令和8年度」. */
  readonly fiscalYearLabel: string;
  readonly documentNumber: string | null;
  readonly status: ClaimStatus;
  readonly findings: readonly ClaimFinding[];
  /** The amounts recomputed from the data (never the file's own). */
  readonly amounts: ClaimResult;
  /** True when its amounts are in the totals (not 不備, not an older duplicate). */
  readonly counted: boolean;
}

/** A sum in 円 and in 千円 (地方交付税法 第22条, applied to the sum, as the claims do). */
export type RollupTotals = ClaimTotals;

export interface MeasureTotal {
  readonly formId: string;
  readonly formTitle: string;
  readonly claims: number;
  readonly totals: RollupTotals;
}

/** A 措置区分: the kind of claim line within a measure (募集経費, 人件費, 調査検討経費, …). */
export interface CategoryTotal {
  readonly formId: string;
  readonly formTitle: string;
  readonly kind: string;
  /** e.g. 「募集経費」. */
  readonly label: string;
  readonly totals: RollupTotals;
}

export interface DantaiTotal {
  readonly dantaiCode: string;
  readonly dantaiName: string | null;
  readonly claims: number;
  readonly totals: RollupTotals;
}

export interface RollupReport {
  /** In the order received. */
  readonly claims: readonly CheckedClaim[];
  readonly byMeasure: readonly MeasureTotal[];
  readonly byCategory: readonly CategoryTotal[];
  readonly byDantai: readonly DantaiTotal[];
  readonly overall: RollupTotals;
  /** How many claims have each status. */
  readonly statusCounts: Readonly<Record<ClaimStatus, number>>;
}
