// A definition's text limits come from the form's schema: the number is written once, there.
import type { FieldDefinition, FormDefinition } from '@koiki/engine';
import { maxLengthAt } from '@koiki/schemas';

type Schema = Parameters<typeof maxLengthAt>[0];

// biome-ignore lint/suspicious/noExplicitAny: a row's type is not known from the form's type
function withLimits<F extends FieldDefinition<any>>(
  fields: readonly F[],
  schema: Schema,
  base: string,
): F[] {
  return fields.map((field) => {
    const path = base === '' ? field.path : `${base}.${field.path}`;
    const maxLength = maxLengthAt(schema, path);
    return {
      ...field,
      ...(maxLength === undefined ? {} : { maxLength }),
      ...(field.fields ? { fields: withLimits(field.fields, schema, `${path}.*`) } : {}),
    };
  });
}

/** `definition` with each field's `maxLength` read from `schema` at the field's path. */
// biome-ignore lint/suspicious/noExplicitAny: any form's definition
export function withSchemaLimits<D extends FormDefinition<any>>(schema: Schema, definition: D): D {
  return {
    ...definition,
    steps: definition.steps.map((step) => ({
      ...step,
      fields: withLimits(step.fields, schema, ''),
    })),
  };
}
