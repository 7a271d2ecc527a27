// @koiki/rollup: the prefecture's 取りまとめ. Many received claims (our PDFs, submit payloads,
// draft files) in; each one migrated, re-validated and recomputed with its form's own contract,
// checked against the others, and totalled; exported as .xlsx or CSV. DOM-free: the same code
// runs in the CLI (Node) and behind <koiki-rollup> (browser). Forms come only from the registry
// in @koiki/forms, so a new form is rolled up without a change here.
//
// Typical use:
//   const results = await Promise.all(files.map((f) => readClaimFile(f.name, f.bytes)));
//   const report = await checkClaims(results.filter((r) => !isRefusedFile(r)), { onProgress });
//   const xlsx = await rollupToXlsx(report); // loads the spreadsheet library only now
export type { ClaimSource, ReceivedClaim, RefusedFile } from './received-claim.ts';
export { isRefusedFile } from './received-claim.ts';
export type {
  CategoryTotal,
  CheckedClaim,
  ClaimFinding,
  ClaimStatus,
  DantaiTotal,
  MeasureTotal,
  RollupReport,
  RollupTotals,
} from './rollup-report.ts';

import type { ReceivedClaim, RefusedFile } from './received-claim.ts';
import type { RollupReport } from './rollup-report.ts';

export interface ReadClaimFileOptions {
  /** The claim's id in the roll-up; the file name by default (make it unique when names repeat). */
  id?: string;
  /** The file's last-modified time (ms since epoch), used when the file states no date of its own. */
  lastModified?: number;
}

/**
 * Reads one received file: a PDF made by this kit (its embedded data), a submit payload JSON
 * `{ formId, schemaVersion, data, amounts }`, or a draft file (「ファイルに書き出す」). Never
 * throws: a broken, hostile, foreign or unknown-form file gives a RefusedFile with a Japanese
 * message saying what is wrong and what to do.
 */
export async function readClaimFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadClaimFileOptions = {},
): Promise<ReceivedClaim | RefusedFile> {
  return (await import('./read-claim-file.ts')).readClaimFile(fileName, bytes, options);
}

export interface CheckClaimsOptions {
  /** Called after each claim is checked (done of total), e.g. for a progress bar. */
  onProgress?(done: number, total: number): void;
  /** Stops the work between claims; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Checks every claim and totals them: each is migrated to its form's current schemaVersion,
 * re-validated, its amounts recomputed (stated amounts that differ are flagged), then the
 * cross-claim checks run (duplicates, per-団体 and per-person caps over several claims, one post
 * claimed by both sides against its 派遣形態, one 集約化 told two ways). Works in chunks, yielding
 * between claims so a page stays responsive.
 */
export async function checkClaims(
  claims: readonly ReceivedClaim[],
  options: CheckClaimsOptions = {},
): Promise<RollupReport> {
  return (await import('./check-claims.ts')).checkClaims(claims, options);
}

/**
 * The 取りまとめ表 as an .xlsx file: a 集計 sheet (totals per measure, 措置区分 and 団体), then
 * one sheet per measure with a row per claim; Japanese headers, numbers as numbers, 円 and 千円
 * columns; a 受付不可 sheet lists the refused files given. The spreadsheet library loads only when
 * this is called.
 */
export async function rollupToXlsx(
  report: RollupReport,
  refused: readonly RefusedFile[] = [],
): Promise<Uint8Array> {
  return (await import('./xlsx-export.ts')).rollupToXlsx(report, refused);
}

/**
 * The per-claim table of every measure as one CSV (the refused files last), UTF-8 with a BOM so
 * that Excel opens it with Japanese intact.
 */
export async function rollupToCsv(
  report: RollupReport,
  refused: readonly RefusedFile[] = [],
): Promise<Uint8Array> {
  return (await import('./csv-export.ts')).rollupToCsv(report, refused);
}
