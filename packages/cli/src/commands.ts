// The command table: adding `koiki pdf` is one more entry here.
import { calcCommand } from './calc-command.ts';
import type { Command } from './command.ts';
import { pdfCommand } from './pdf-command.ts';
import { rollupCommand } from './rollup-command.ts';
import { schemaCommand } from './schema-command.ts';
import { validateCommand } from './validate-command.ts';

export const commands: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  calc: calcCommand,
  schema: schemaCommand,
  pdf: pdfCommand,
  rollup: rollupCommand,
};
