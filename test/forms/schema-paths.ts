// Paths on both sides of a form: the schema's data items and the definition's questions.
import type { FieldDefinition } from '@koiki/engine';
import { z } from 'zod';

/** Every leaf path of a zod object's shape (classic or mini: core classes); array elements as '0'. */
export function leafPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  let inner: z.core.$ZodType = schema;
  while (inner instanceof z.core.$ZodOptional || inner instanceof z.core.$ZodNullable) {
    inner = inner._zod.def.innerType;
  }
  if (inner instanceof z.core.$ZodObject) {
    return Object.entries(inner._zod.def.shape).flatMap(([key, value]) =>
      leafPaths(value, prefix ? `${prefix}.${key}` : key),
    );
  }
  if (inner instanceof z.core.$ZodArray) return leafPaths(inner._zod.def.element, `${prefix}.0`);
  return [prefix];
}

/** Field paths as data paths, rows and section items joined with '0' ('posts.0.personnelCost'), with their controls. */
export function fieldPaths(
  fields: readonly FieldDefinition<unknown>[],
  prefix = '',
): [string, string][] {
  return fields.flatMap((field) => {
    const path = prefix + field.path;
    const own: [string, string] = [path, field.control];
    if (field.control !== 'rows' && field.control !== 'sections') return [own];
    return [own, ...fieldPaths(field.fields ?? [], `${path}.0.`)];
  });
}
