// The two forms by id: schema, version, Japanese validator and calculator, for the UI, a server and the CLI.
import type { z } from 'zod';
import { calculateConsolidation } from '../calculators/consolidation-calculator.ts';
import { calculateSpecialistDispatch } from '../calculators/specialist-dispatch-calculator.ts';
import { safeParseJa } from '../messages/ja-error-map.ts';
import {
  consolidationFields,
  consolidationFormId,
  consolidationSchema,
  consolidationSchemaVersion,
} from './consolidation-claim.ts';
import {
  specialistDispatchFields,
  specialistDispatchFormId,
  specialistDispatchSchema,
  specialistDispatchSchemaVersion,
} from './specialist-dispatch.ts';

/** A schema whose safeParse always words generic issues in Japanese (what @koiki/engine calls). */
export interface JapaneseValidator<S extends z.ZodType> {
  safeParse(data: unknown): z.ZodSafeParseResult<z.infer<S>>;
}

/** Wraps `schema` so that every safeParse uses the Japanese error map, for this call only. */
export function japaneseValidator<S extends z.ZodType>(schema: S): JapaneseValidator<S> {
  return { safeParse: (data) => safeParseJa(schema, data) };
}

export const formSchemas = {
  [specialistDispatchFormId]: {
    id: specialistDispatchFormId,
    title: '連携協約に基づく専門人材派遣',
    schemaVersion: specialistDispatchSchemaVersion,
    schema: specialistDispatchSchema,
    fields: specialistDispatchFields,
    validator: japaneseValidator(specialistDispatchSchema),
    calculate: calculateSpecialistDispatch,
  },
  [consolidationFormId]: {
    id: consolidationFormId,
    title: '複数団体による公共施設の集約化・複合化等',
    schemaVersion: consolidationSchemaVersion,
    schema: consolidationSchema,
    fields: consolidationFields,
    validator: japaneseValidator(consolidationSchema),
    calculate: calculateConsolidation,
  },
} as const;

export type FormId = keyof typeof formSchemas;
export const formIds = Object.keys(formSchemas) as FormId[];

/** True for the id of a form this package knows. */
export function isFormId(id: string): id is FormId {
  return Object.hasOwn(formSchemas, id);
}

/** Validates `data` against the form's schema, with Japanese messages. */
export function validateForm(formId: FormId, data: unknown) {
  return safeParseJa(formSchemas[formId].schema, data);
}
