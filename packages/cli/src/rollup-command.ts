// `koiki rollup <files or folders…> [--xlsx out.xlsx] [--csv out.csv] [--json]`: the prefecture's
// 取りまとめ for a server or a batch job, with the same checks as <koiki-rollup>.
import { writeFile } from 'node:fs/promises';
import {
  checkClaims,
  type RefusedFile,
  type RollupReport,
  rollupToCsv,
  rollupToXlsx,
} from '@koiki/rollup';
import { formatThousandYen, formatYenAmount } from '@koiki/schemas';
import type { Command } from './command.ts';
import { type CliIo, exitCode, unusable } from './io.ts';
import { listClaimFiles, readClaimFiles } from './rollup-files.ts';

interface RollupArgs {
  xlsx?: string;
  csv?: string;
  json: boolean;
  paths: string[];
}

function parseArgs(args: readonly string[]): RollupArgs | string {
  const parsed: RollupArgs = { json: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--xlsx' || arg === '--csv') {
      const out = args[++i];
      if (out === undefined || out.startsWith('--'))
        return `${arg} の後に出力するファイル名を指定してください（例：${arg} 取りまとめ${arg === '--xlsx' ? '.xlsx' : '.csv'}）。`;
      parsed[arg === '--xlsx' ? 'xlsx' : 'csv'] = out;
    } else if (arg === '--json') parsed.json = true;
    else if (arg.startsWith('--'))
      return `オプション「${arg}」はありません（--xlsx、--csv、--json）。`;
    else parsed.paths.push(arg);
  }
  if (parsed.paths.length === 0)
    return '取りまとめる申請のファイルかフォルダーを指定してください（PDF・提出データの JSON・下書きファイル）。';
  return parsed;
}

/** The report as lines a person reads in a terminal. */
function reportText(report: RollupReport, refused: readonly RefusedFile[]): string {
  const lines: string[] = [];
  for (const claim of report.claims) {
    const who = `${claim.dantaiName ?? claim.dantaiCode ?? '団体不明'} ${claim.fiscalYearLabel}`;
    const amount = claim.counted ? formatYenAmount(claim.amounts.totals.yen) : '集計外';
    lines.push(`[${claim.status}] ${claim.fileName}：${claim.formTitle}・${who}・${amount}`);
    for (const finding of claim.findings) lines.push(`    【${finding.status}】${finding.message}`);
  }
  for (const file of refused) lines.push(`[受付不可] ${file.fileName}：${file.message}`);
  lines.push('', '集計（OK・要確認の申請）:');
  for (const measure of report.byMeasure)
    lines.push(
      `  ${measure.formTitle}：${measure.claims}件 ${formatYenAmount(measure.totals.yen)}（${formatThousandYen(measure.totals.yen)}）`,
    );
  lines.push(
    `  総計：${formatYenAmount(report.overall.yen)}（${formatThousandYen(report.overall.yen)}）`,
    `  OK ${report.statusCounts.OK}件、要確認 ${report.statusCounts.要確認}件、不備 ${report.statusCounts.不備}件、受付不可 ${refused.length}件`,
  );
  return lines.join('\n');
}

async function writeOutput(path: string, bytes: Uint8Array, io: CliIo): Promise<boolean> {
  try {
    await writeFile(path, bytes);
    io.err(`書き出しました：${path}`);
    return true;
  } catch {
    io.err(`「${path}」に書き出せません。フォルダーと書き込み権限を確認してください。`);
    return false;
  }
}

/**
 * Exit 0: every claim OK. 1: some claim 要確認 or 不備. 2: a file was refused (the others are
 * still checked and written), or the command could not run.
 */
export const rollupCommand: Command = {
  usage: 'rollup <ファイルまたはフォルダー…> [--xlsx 出力.xlsx] [--csv 出力.csv] [--json]',
  summary:
    '受け取った申請（PDF・提出データ・下書きファイル）をまとめて検査・集計し、取りまとめ表を出します（すべて OK は 0、要確認・不備があれば 1、読めないファイルがあれば 2）',
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') return unusable(io, parsed);
    const list = await listClaimFiles(parsed.paths);
    if (!list.ok) return unusable(io, list.message);
    if (list.paths.length === 0)
      return unusable(io, '指定したフォルダーに PDF・JSON のファイルがありません。');
    const { claims, refused } = await readClaimFiles(list.paths);
    const report = await checkClaims(claims);
    if (parsed.json) io.out(JSON.stringify({ ...report, refused }, null, 2));
    else io.out(reportText(report, refused));
    let written = true;
    if (parsed.xlsx)
      written =
        (await writeOutput(parsed.xlsx, await rollupToXlsx(report, refused), io)) && written;
    if (parsed.csv)
      written = (await writeOutput(parsed.csv, await rollupToCsv(report, refused), io)) && written;
    if (!written || refused.length > 0) return exitCode.unusable;
    return report.claims.every((claim) => claim.status === 'OK') ? exitCode.ok : exitCode.invalid;
  },
};
