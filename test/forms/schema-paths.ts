// Paths on both sides of a form: the schema's data items and the definition's questions.
import type { FieldDefinition } from '@koiki/engine';
import { z } from 'zod';

/** Every leaf path of a zod object's shape; array elements as '0'. */
export function leafPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape).flatMap(([key, value]) =>
      leafPaths(value as z.ZodType, prefix ? `${prefix}.${key}` : key),
    );
  }
  if (inner instanceof z.ZodArray) return leafPaths(inner.element as z.ZodType, `${prefix}.0`);
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
