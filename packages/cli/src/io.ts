/** Where a command writes: stdout for results, stderr for messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 valid / done, 1 invalid data, 2 the command could not run (usage, file, form). */
export const exitCode = { ok: 0, invalid: 1, unusable: 2 } as const;

/** Prints `message` to stderr and gives the exit code for a command that could not run. */
export function unusable(io: CliIo, message: string): number {
  io.err(message);
  return exitCode.unusable;
}
