import { issuesByPath, validateClaim } from '@koiki/schemas';
import { chosenForm } from './chosen-form.ts';
import { readClaimFile } from './claim-file.ts';
import type { Command } from './command.ts';
import { exitCode, unusable } from './io.ts';

/** `koiki validate <form> <file.json>`: checks the data; lists Japanese messages by path when invalid. */
export const validateCommand: Command = {
  usage: 'validate <様式> <ファイル.json>',
  summary: 'データを検証します（0: 有効、1: 無効、2: 読めない）',
  async run([formArg, path], io) {
    const form = await chosenForm(formArg);
    if (!form.ok) return unusable(io, form.message);
    const file = await readClaimFile(path, form.contract);
    if (!file.ok) return unusable(io, file.message);
    if (file.migrationNote) io.err(file.migrationNote);
    const result = validateClaim(form.contract, file.data);
    const title = form.contract.title;
    if (result.success) {
      io.out(`有効です：${title}（${path}）`);
      return exitCode.ok;
    }
    io.out(`無効です：${title}（${path}）`);
    for (const [at, messages] of Object.entries(issuesByPath(result))) {
      for (const message of messages) io.out(`${at === '' ? '（全体）' : at}: ${message}`);
    }
    return exitCode.invalid;
  },
};
