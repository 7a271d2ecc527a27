// What the page and the export worker say to each other: plain data both ways (the report and the
// refused files are structured-cloned; the bytes come back transferred, not copied).
import type { RefusedFile } from '../received-claim.ts';
import type { RollupReport } from '../rollup-report.ts';

export type ExportKind = 'xlsx' | 'csv';

export interface ExportRequest {
  kind: ExportKind;
  report: RollupReport;
  refused: readonly RefusedFile[];
}

/** The file's bytes, or `failed` when building it threw (the page shows its notice). */
export type ExportReply = { bytes: Uint8Array } | { failed: true };
