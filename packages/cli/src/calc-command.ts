import { formSchemas, issuesByPath, validateForm } from '@koiki/schemas';
import { formIdFrom, readClaimFile } from './claim-file.ts';
import type { Command } from './command.ts';
import { exitCode, unusable } from './io.ts';

/** `koiki calc <form> <file.json>`: prints the claim lines, explanations and totals as JSON. */
export const calcCommand: Command = {
  usage: 'calc <様式> <ファイル.json>',
  summary: '措置額を算定し、各行の説明と合計を JSON で出力します（無効なデータは 1）',
  async run([formArg, path], io) {
    const form = formIdFrom(formArg);
    if (!form.ok) return unusable(io, form.message);
    const file = await readClaimFile(path, form.formId);
    if (!file.ok) return unusable(io, file.message);
    const entry = formSchemas[form.formId];
    const validation = validateForm(form.formId, file.data);
    const data = typeof file.data === 'object' && file.data !== null ? file.data : {};
    const amounts = entry.calculate(data);
    const output = {
      formId: entry.id,
      schemaVersion: entry.schemaVersion,
      valid: validation.success,
      issues: issuesByPath(validation),
      amounts,
    };
    io.out(JSON.stringify(output, null, 2));
    return validation.success ? exitCode.ok : exitCode.invalid;
  },
};
