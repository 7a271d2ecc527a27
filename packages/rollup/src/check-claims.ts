// checkClaims: each claim on its own (in time slices), then the checks across claims, then the
// statuses and totals. See the doc of checkClaims in index.ts.
import { type Dantai, loadDantaiList } from '@koiki/schemas';
import { recheckClaim } from './claim-recheck.ts';
import { type ClaimUnderCheck, statusOf } from './claim-under-check.ts';
import { checkDantaiCaps } from './dantai-caps.ts';
import { flagDuplicates } from './duplicate-claims.ts';
import { formCatalog } from './form-catalog.ts';
import type { CheckClaimsOptions } from './index.ts';
import { measureChecks } from './measures/index.ts';
import type { ReceivedClaim } from './received-claim.ts';
import type { CheckedClaim, ClaimStatus, RollupReport } from './rollup-report.ts';
import { rollupTotals } from './rollup-totals.ts';
import { timeSlicer } from './yield-to-page.ts';

let dantaiByCode: Promise<ReadonlyMap<string, Dantai>> | undefined;

function dantaiList(): Promise<ReadonlyMap<string, Dantai>> {
  dantaiByCode ??= loadDantaiList().then((list) => new Map(list.map((d) => [d.code, d])));
  return dantaiByCode;
}

function checkedClaim(claim: ClaimUnderCheck, names: ReadonlyMap<string, Dantai>): CheckedClaim {
  const status = statusOf(claim.findings);
  const { received, form, amounts } = claim;
  return {
    id: received.id,
    fileName: received.fileName,
    source: received.source,
    formId: form.contract.id,
    formTitle: form.entry.title,
    fromSchemaVersion: received.schemaVersion,
    schemaVersion: form.contract.schemaVersion,
    dantaiCode: claim.dantaiCode,
    dantaiName: claim.dantaiCode === null ? null : (names.get(claim.dantaiCode)?.name ?? null),
    fiscalYear: claim.fiscalYear,
    fiscalYearLabel: amounts.parameters.fiscalYearLabel,
    documentNumber: claim.documentNumber,
    status,
    findings: claim.findings,
    amounts,
    counted: !claim.superseded && status !== '不備',
  };
}

/** See checkClaims in index.ts. */
export async function checkClaims(
  received: readonly ReceivedClaim[],
  options: CheckClaimsOptions,
): Promise<RollupReport> {
  const [forms, names] = await Promise.all([formCatalog(), dantaiList()]);
  const nextSlice = timeSlicer(options.signal);
  const claims: ClaimUnderCheck[] = [];
  for (const [index, claim] of received.entries()) {
    await nextSlice();
    const form = forms.get(claim.formId);
    // readClaimFile only gives claims of registry forms; a hand-made ReceivedClaim is skipped.
    if (form) claims.push(recheckClaim(claim, form));
    options.onProgress?.(index + 1, received.length);
  }
  await nextSlice();
  flagDuplicates(claims);
  const current = claims.filter((claim) => !claim.superseded);
  const nameOf = (code: string) => names.get(code)?.name ?? code;
  for (const checks of measureChecks.values()) {
    checks.checkAcrossClaims(
      current.filter((claim) => claim.form.contract.id === checks.formId),
      nameOf,
    );
  }
  checkDantaiCaps(current, measureChecks);
  const checked = claims.map((claim) => checkedClaim(claim, names));
  const titles = new Map([...forms].map(([id, form]) => [id, form.entry.title]));
  const statusCounts: Record<ClaimStatus, number> = { OK: 0, 要確認: 0, 不備: 0 };
  for (const claim of checked) statusCounts[claim.status]++;
  return { claims: checked, ...rollupTotals(checked, titles), statusCounts };
}
