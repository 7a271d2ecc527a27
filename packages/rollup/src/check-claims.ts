import type { CheckClaimsOptions } from './index.ts';
import type { ReceivedClaim } from './received-claim.ts';
import type { RollupReport } from './rollup-report.ts';

export async function checkClaims(
  _claims: readonly ReceivedClaim[],
  _options: CheckClaimsOptions,
): Promise<RollupReport> {
  return {
    claims: [],
    byMeasure: [],
    byCategory: [],
    byDantai: [],
    overall: { yen: 0, thousandYen: 0 },
    statusCounts: { OK: 0, 要確認: 0, 不備: 0 },
  };
}
