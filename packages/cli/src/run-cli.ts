import { formEntryIds } from '@koiki/forms';
import type { Command } from './command.ts';
import { commands as defaultCommands } from './commands.ts';
import { type CliIo, exitCode } from './io.ts';

/** The help text, built from the command table. */
export function usageText(commands: Readonly<Record<string, Command>>): string {
  const lines = Object.values(commands).map((c) => `  koiki ${c.usage}\n      ${c.summary}`);
  return [
    '使い方:',
    ...lines,
    '',
    `様式: ${formEntryIds.join('、')}`,
    'ファイルには様式のデータそのもの、または { formId, schemaVersion, data } を入れます。旧版のデータは今の版に移行して読み込みます（標準エラーに知らせます）。',
  ].join('\n');
}

/** Runs `koiki <command> ...args` and returns the exit code; never throws, never prints a stack trace. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: Readonly<Record<string, Command>> = defaultCommands,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usageText(commands));
    return name === undefined ? exitCode.unusable : exitCode.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`コマンド「${name}」はありません。\n\n${usageText(commands)}`);
    return exitCode.unusable;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`処理を完了できませんでした（${reason}）。入力ファイルを確認してください。`);
    return exitCode.unusable;
  }
}
