import type { CliIo } from './io.ts';

/** One `koiki` subcommand; returns the process exit code. */
export interface Command {
  /** Arguments after the command name, e.g. 'validate <様式> <ファイル.json>'. */
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
