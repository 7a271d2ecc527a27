// Per-団体 caps over all of one 団体's claims of one fiscal year: separate 申請 of one 団体 (see
// duplicate-claims.ts) may each stay under a cap and break it together.
import { type ClaimUnderCheck, fileNames, finding, isCounted } from './claim-under-check.ts';
import { claimsByDantaiYear } from './duplicate-claims.ts';
import { findingMessages } from './finding-messages.ts';
import type { MeasureChecks } from './measures/measure-checks.ts';

const sumOfKind = (claim: ClaimUnderCheck, kind: string) =>
  claim.amounts.lines
    .filter((line) => line.kind === kind)
    .reduce((sum, line) => sum + line.amount, 0);

/** Flags (不備) every counted claim of a 団体 and year whose claims together exceed a per-団体 cap. */
export function checkDantaiCaps(
  claims: readonly ClaimUnderCheck[],
  measures: ReadonlyMap<string, MeasureChecks>,
): void {
  const counted = claims.filter(isCounted);
  for (const group of claimsByDantaiYear(counted).values()) {
    const [first] = group;
    if (!first || group.length < 2 || first.fiscalYear === null) continue;
    const measure = measures.get(first.form.contract.id);
    for (const cap of measure?.dantaiCaps(first.fiscalYear) ?? []) {
      const total = group.reduce((sum, claim) => sum + sumOfKind(claim, cap.kind), 0);
      if (total <= cap.cap) continue;
      for (const claim of group) {
        if (sumOfKind(claim, cap.kind) === 0) continue;
        const others = group.filter((other) => other !== claim);
        claim.findings.push(
          finding(
            '不備',
            'rollup.dantaiCap',
            findingMessages.dantaiCapExceeded(
              cap.label,
              cap.cap,
              total,
              fileNames(others),
              cap.note,
            ),
            '',
            others,
          ),
        );
      }
    }
  }
}
