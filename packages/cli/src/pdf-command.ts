import { writeFile } from 'node:fs/promises';
import { type FormModule, formRegistry } from '@koiki/forms';
import { buildPdf, MissingGlyphsError } from '@koiki/pdf';
import { loadNodeFonts } from '@koiki/pdf/node';
import { type FormId, formSchemas, issuesByPath, validateForm } from '@koiki/schemas';
import { formIdFrom, readClaimFile } from './claim-file.ts';
import type { Command } from './command.ts';
import { type CliIo, exitCode, unusable } from './io.ts';

/** The output path after -o / --output, and the other arguments in order. */
function splitOutput(args: readonly string[]): { output?: string; rest: string[] } {
  const rest: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') output = args[++i];
    else rest.push(arg);
  }
  return output === undefined ? { rest } : { output, rest };
}

/** Today in the local time zone as an ISO date: the 提出日 printed on the form. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function loadForm(formId: FormId): Promise<FormModule | undefined> {
  const entry = formRegistry.find((candidate) => candidate.id === formId);
  try {
    return await entry?.load();
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

/** `koiki pdf <form> <file.json> -o out.pdf`: the 申請書 and 算定調書 as the assistant prints them. */
export const pdfCommand: Command = {
  usage: 'pdf <様式> <ファイル.json> -o <出力.pdf>',
  summary: '申請書と算定調書の PDF を作成します（無効なデータは 1、作成できないときは 2）',
  async run(args, io) {
    const { output, rest } = splitOutput(args);
    const [formArg, path] = rest;
    const form = formIdFrom(formArg);
    if (!form.ok) return unusable(io, form.message);
    if (output === undefined) {
      return unusable(
        io,
        '出力する PDF のファイル名を -o で指定してください（例：-o 申請書.pdf）。',
      );
    }
    const file = await readClaimFile(path, form.formId);
    if (!file.ok) return unusable(io, file.message);
    const title = formSchemas[form.formId].title;
    const result = validateForm(form.formId, file.data);
    if (!result.success) {
      io.err(`データに誤りがあるため PDF を作成できません：${title}（${path}）`);
      for (const [at, messages] of Object.entries(issuesByPath(result))) {
        for (const message of messages) io.err(`${at === '' ? '（全体）' : at}: ${message}`);
      }
      return exitCode.invalid;
    }
    const module = await loadForm(form.formId);
    if (!module) return unusable(io, `様式「${title}」の PDF はまだ作成できません。`);
    let bytes: Uint8Array;
    let pages: number;
    try {
      const spec = await module.pdfDocument({
        payload: {
          formId: form.formId,
          schemaVersion: formSchemas[form.formId].schemaVersion,
          data: result.data,
          amounts: module.definition.calculate(result.data),
        },
        submitDate: today(),
        attachments: [],
      });
      const pdf = await buildPdf(spec, await loadNodeFonts());
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
    io.out(`PDF を作成しました：${output}（${pages}ページ）`);
    return exitCode.ok;
  },
};
