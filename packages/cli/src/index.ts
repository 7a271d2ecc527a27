// @koiki/cli: `koiki validate | calc | schema` for portal servers (and `pdf` later).

export type { ChosenForm } from './chosen-form.ts';
export { chosenForm } from './chosen-form.ts';
export type { ClaimFileResult } from './claim-file.ts';
export { readClaimFile } from './claim-file.ts';
export type { Command } from './command.ts';
export { commands } from './commands.ts';
export type { CliIo } from './io.ts';
export { exitCode } from './io.ts';
export { runCli, usageText } from './run-cli.ts';
