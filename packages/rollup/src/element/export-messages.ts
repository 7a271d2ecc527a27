// What the page and the export worker say to each other: plain data both ways. The claims go over a
// few hundred at a time: copying 2,000 of them in one message holds the page for tens of ms (more
// on a busy machine). The bytes come back transferred, not copied.
import type { RefusedFile } from '../received-claim.ts';
import type { CheckedClaim, RollupReport } from '../rollup-report.ts';

export type ExportKind = 'xlsx' | 'csv';

/** First: the claims, in order, in as many messages as it takes; then `build` with the rest. */
export type ExportRequest =
  | { claims: readonly CheckedClaim[] }
  | {
      build: ExportKind;
      /** The report without its claims (those came before). */
      report: Omit<RollupReport, 'claims'>;
      refused: readonly RefusedFile[];
    };

/** The file's bytes, or `failed` when building it threw (the page shows its notice). */
export type ExportReply = { bytes: Uint8Array } | { failed: true };
