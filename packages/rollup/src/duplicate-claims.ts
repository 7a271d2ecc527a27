// The same 団体, 年度 and 様式 received more than once. The same 申請 (same 文書番号, or the same
// data) received twice: the newest copy is counted and the others are set aside. Different
// 文書番号: separate 申請 (e.g. an additional one), both counted, each told of the other, and the
// per-団体 caps then run over them together (dantai-caps.ts).
import { comparable } from './claim-facts.ts';
import { type ClaimUnderCheck, fileNames, finding } from './claim-under-check.ts';
import { findingMessages } from './finding-messages.ts';

/** Claims of one form, 団体 and fiscal year, by key; claims without a 団体 or year are left out. */
export function claimsByDantaiYear(
  claims: readonly ClaimUnderCheck[],
): Map<string, ClaimUnderCheck[]> {
  const groups = new Map<string, ClaimUnderCheck[]>();
  for (const claim of claims) {
    if (claim.dantaiCode === null || claim.fiscalYear === null) continue;
    const key = `${claim.form.contract.id}\n${claim.dantaiCode}\n${claim.fiscalYear}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return groups;
}

/** What makes two files the same 申請: the 文書番号, or, without one, the data itself. */
function sameClaimKey(claim: ClaimUnderCheck): string {
  return claim.documentNumber !== null
    ? `文書番号:${comparable(claim.documentNumber)}`
    : `data:${JSON.stringify(claim.data)}`;
}

/** Later made (file date), then later received (input order), is newer. */
function newestFirst(claims: readonly ClaimUnderCheck[], order: Map<ClaimUnderCheck, number>) {
  return [...claims].sort((a, b) => {
    const byDate = (b.received.madeAt ?? '').localeCompare(a.received.madeAt ?? '');
    return byDate !== 0 ? byDate : (order.get(b) ?? 0) - (order.get(a) ?? 0);
  });
}

/** Marks older copies as superseded and tells separate 申請 of one 団体 and year of each other. */
export function flagDuplicates(claims: readonly ClaimUnderCheck[]): void {
  const order = new Map(claims.map((claim, index) => [claim, index]));
  for (const group of claimsByDantaiYear(claims).values()) {
    if (group.length < 2) continue;
    const copies = new Map<string, ClaimUnderCheck[]>();
    for (const claim of group) {
      const key = sameClaimKey(claim);
      const same = copies.get(key) ?? [];
      same.push(claim);
      copies.set(key, same);
    }
    const kept: ClaimUnderCheck[] = [];
    for (const same of copies.values()) {
      const [newest, ...older] = newestFirst(same, order);
      if (!newest) continue;
      kept.push(newest);
      for (const claim of older) {
        claim.superseded = true;
        claim.findings.push(
          finding(
            '要確認',
            'rollup.duplicate',
            findingMessages.duplicateOlder(fileNames([newest])),
            '',
            [newest],
          ),
        );
      }
    }
    if (kept.length < 2) continue;
    for (const claim of kept) {
      const others = kept.filter((other) => other !== claim);
      claim.findings.push(
        finding(
          '要確認',
          'rollup.additionalClaim',
          findingMessages.additionalClaim(fileNames(others)),
          '',
          others,
        ),
      );
    }
  }
}
