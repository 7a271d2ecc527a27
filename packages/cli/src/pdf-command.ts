import { writeFile } from 'node:fs/promises';
import type { FormEntry, FormModule } from '@koiki/forms';
import { buildPdf, MissingGlyphsError } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { formatWareki, issuesByPath, parseDate, tokyoDate, validateClaim } from '@koiki/schemas';
import { chosenForm } from './chosen-form.ts';
import { readClaimFile } from './claim-file.ts';
import type { Command } from './command.ts';
import { type CliIo, exitCode, unusable } from './io.ts';

interface PdfArgs {
  output?: string;
  /** --date: the 申請日 to print, whatever the claim file holds. */
  date?: string;
  rest: string[];
}

/** The output path after -o / --output, the date after --date, and the other arguments in order. */
function splitOptions(args: readonly string[]): PdfArgs {
  const parsed: PdfArgs = { rest: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') parsed.output = args[++i] as string;
    else if (arg === '--date') parsed.date = args[++i] ?? '';
    else parsed.rest.push(arg);
  }
  return parsed;
}

/** The claim data with its 申請日 set (the claim file itself is not changed). */
function withApplicationDate(data: unknown, date: string): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const claim = data as { applicant?: unknown };
  if (typeof claim.applicant !== 'object' || claim.applicant === null) return data;
  return { ...claim, applicant: { ...claim.applicant, applicationDate: date } };
}

/** The 申請日 a valid claim carries, if any. */
function applicationDateOf(data: unknown): string | undefined {
  const date = (data as { applicant?: { applicationDate?: unknown } }).applicant?.applicationDate;
  return typeof date === 'string' ? date : undefined;
}

async function loadForm(entry: FormEntry): Promise<FormModule | undefined> {
  try {
    return await entry.load();
  } catch {
    return undefined;
  }
}

/** Exit code and message for a PDF that could not be built: characters the font lacks, by field. */
export function reportPdfError(error: unknown, io: CliIo): number {
  if (error instanceof MissingGlyphsError) {
    return unusable(
      io,
      `${error.message}\n入力ファイルの該当する項目を直して、もう一度実行してください。`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return unusable(io, `PDF を作成できませんでした（${reason}）。`);
}

/**
 * `koiki pdf <form> <file.json> -o out.pdf [--date 2026-12-01]`: the 申請書 and 算定調書 as the
 * assistant prints them. The 申請日 is --date, else the claim's own, else today in Japan
 * (Asia/Tokyo, whatever the server's time zone).
 */
export const pdfCommand: Command = {
  usage: 'pdf <様式> <ファイル.json> -o <出力.pdf> [--date <申請日>]',
  summary:
    '申請書と算定調書の PDF を作成します。--date で申請日を指定できます（例：--date 2026-12-01。省略時はデータの申請日、なければ日本時間の今日）（無効なデータは 1、作成できないときは 2）',
  async run(args, io) {
    const { output, date, rest } = splitOptions(args);
    const [formArg, path] = rest;
    const form = await chosenForm(formArg);
    if (!form.ok) return unusable(io, form.message);
    if (output === undefined) {
      return unusable(
        io,
        '出力する PDF のファイル名を -o で指定してください（例：-o 申請書.pdf）。',
      );
    }
    let applicationDate: string | undefined;
    if (date !== undefined) {
      const parsedDate = parseDate(date);
      if (!parsedDate.ok) {
        return unusable(
          io,
          `--date の「${date}」を日付として読めません。「2026-12-01」や「令和8年12月1日」のように指定してください。${parsedDate.message}`,
        );
      }
      applicationDate = parsedDate.value;
    }
    const file = await readClaimFile(path, form.contract);
    if (!file.ok) return unusable(io, file.message);
    if (file.migrationNote) io.err(file.migrationNote);
    const title = form.contract.title;
    const data = applicationDate ? withApplicationDate(file.data, applicationDate) : file.data;
    const result = validateClaim(form.contract, data);
    if (!result.success) {
      io.err(`データに誤りがあるため PDF を作成できません：${title}（${path}）`);
      for (const [at, messages] of Object.entries(issuesByPath(result))) {
        for (const message of messages) io.err(`${at === '' ? '（全体）' : at}: ${message}`);
      }
      return exitCode.invalid;
    }
    const module = await loadForm(form.entry);
    if (!module) return unusable(io, `様式「${title}」の PDF はまだ作成できません。`);
    // The schema holds every eligibility issue, so valid data is claimable: no PDF shows an
    // amount that cannot be claimed (an invalid claim was refused above, with its reasons).
    const amounts = module.definition.calculate(result.data);
    const now = new Date();
    const today = tokyoDate(now);
    let bytes: Uint8Array;
    let pages: number;
    try {
      const spec = await module.pdfDocument({
        payload: {
          formId: form.contract.id,
          schemaVersion: form.contract.schemaVersion,
          data: result.data,
          amounts,
        },
        submitDate: today,
        attachments: [],
      });
      const pdf = await buildPdf(spec, await loadNodeFonts(), { generatedAt: now });
      bytes = pdf.bytes;
      pages = pdf.totalPages;
    } catch (error) {
      return reportPdfError(error, io);
    }
    try {
      await writeFile(output, bytes);
    } catch {
      return unusable(
        io,
        `「${output}」に書き込めません。出力先のフォルダと書き込み権限を確認してください。`,
      );
    }
    const printedDate = formatWareki(applicationDateOf(result.data) ?? today);
    io.out(`PDF を作成しました：${output}（${pages}ページ、申請日 ${printedDate}）`);
    return exitCode.ok;
  },
};
