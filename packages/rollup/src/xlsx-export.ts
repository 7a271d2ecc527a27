import type { RollupReport } from './rollup-report.ts';

export async function rollupToXlsx(_report: RollupReport): Promise<Uint8Array> {
  return new Uint8Array();
}
