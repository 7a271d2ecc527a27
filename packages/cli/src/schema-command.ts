import { formJsonSchema } from '@koiki/schemas';
import { formIdFrom } from './claim-file.ts';
import type { Command } from './command.ts';
import { exitCode, unusable } from './io.ts';

/** `koiki schema <form>`: prints the form's JSON Schema. */
export const schemaCommand: Command = {
  usage: 'schema <様式>',
  summary: '様式の JSON Schema を出力します',
  run([formArg], io) {
    const form = formIdFrom(formArg);
    if (!form.ok) return unusable(io, form.message);
    io.out(JSON.stringify(formJsonSchema(form.formId), null, 2));
    return exitCode.ok;
  },
};
