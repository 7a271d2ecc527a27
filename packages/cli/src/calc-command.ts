import { issuesByPath, validateClaim, withSchemaValidity } from '@koiki/schemas';
import { chosenForm } from './chosen-form.ts';
import { readClaimFile } from './claim-file.ts';
import type { Command } from './command.ts';
import { exitCode, unusable } from './io.ts';

/**
 * `koiki calc <form> <file.json>`: prints the claim lines, explanations and totals as JSON. Data
 * the schema refuses is not claimable: its totals are 0 and its lines stand as 参考
 * (`referenceTotals`).
 */
export const calcCommand: Command = {
  usage: 'calc <様式> <ファイル.json>',
  summary:
    '措置額を算定し、各行の説明と合計を JSON で出力します（無効なデータは 1。申請できる額は 0 とし、各行は参考として出します）',
  async run([formArg, path], io) {
    const form = await chosenForm(formArg);
    if (!form.ok) return unusable(io, form.message);
    const { contract } = form;
    const file = await readClaimFile(path, contract);
    if (!file.ok) return unusable(io, file.message);
    if (file.migrationNote) io.err(file.migrationNote);
    const validation = validateClaim(contract, file.data);
    const data = typeof file.data === 'object' && file.data !== null ? file.data : {};
    const amounts = withSchemaValidity(contract.calculate(data), validation.success);
    const output = {
      formId: contract.id,
      schemaVersion: contract.schemaVersion,
      valid: validation.success,
      claimable: amounts.claimable,
      issues: issuesByPath(validation),
      amounts,
    };
    io.out(JSON.stringify(output, null, 2));
    return validation.success ? exitCode.ok : exitCode.invalid;
  },
};
