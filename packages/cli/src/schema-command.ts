import { formJsonSchema } from '@koiki/schemas';
import { chosenForm } from './chosen-form.ts';
import type { Command } from './command.ts';
import { exitCode, unusable } from './io.ts';

/** `koiki schema <form>`: prints the form's JSON Schema. */
export const schemaCommand: Command = {
  usage: 'schema <様式>',
  summary: '様式の JSON Schema を出力します',
  async run([formArg], io) {
    const form = await chosenForm(formArg);
    if (!form.ok) return unusable(io, form.message);
    io.out(JSON.stringify(formJsonSchema(form.contract), null, 2));
    return exitCode.ok;
  },
};
