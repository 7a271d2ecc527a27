// A claim while checkClaims works on it: the file's claim, its form, its data brought to the current
// version, the recomputed amounts, who and which year it is, and the findings gathered so far.
import type { ClaimResult } from '@koiki/schemas';
import type { CatalogForm } from './form-catalog.ts';
import type { ReceivedClaim } from './received-claim.ts';
import type { ClaimFinding, ClaimStatus } from './rollup-report.ts';

export interface ClaimUnderCheck {
  readonly received: ReceivedClaim;
  readonly form: CatalogForm;
  /** The data at the form's current schemaVersion (the file's own data when migration failed). */
  readonly data: unknown;
  readonly amounts: ClaimResult;
  readonly dantaiCode: string | null;
  readonly fiscalYear: number | null;
  readonly documentNumber: string | null;
  readonly findings: ClaimFinding[];
  /** An older copy of a claim received again: kept in the table, left out of the totals. */
  superseded: boolean;
}

/** 不備 if any finding is, else 要確認 if any finding is, else OK. */
export function statusOf(findings: readonly ClaimFinding[]): ClaimStatus {
  if (findings.some((finding) => finding.status === '不備')) return '不備';
  return findings.length > 0 ? '要確認' : 'OK';
}

/** Whether the claim's amounts go into the totals, judging by the findings so far. */
export function isCounted(claim: ClaimUnderCheck): boolean {
  return !claim.superseded && statusOf(claim.findings) !== '不備';
}

/** A finding; `others` are the claims a cross-claim finding involves besides this one. */
export function finding(
  status: ClaimFinding['status'],
  code: string,
  message: string,
  path = '',
  others?: readonly ClaimUnderCheck[],
): ClaimFinding {
  return {
    status,
    code,
    message,
    path,
    ...(others && others.length > 0
      ? { otherClaimIds: others.map((other) => other.received.id) }
      : {}),
  };
}

/** 「a.pdf」、「b.json」: how other claims are named in a message. */
export function fileNames(claims: readonly ClaimUnderCheck[]): string {
  return claims.map((claim) => `「${claim.received.fileName}」`).join('、');
}
