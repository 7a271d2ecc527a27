// What one form contributes to the shared contract: its identity, schema, calculator, dated rules,
// messages and answer lists. A server, the CLI and the UI find a form through its contract; each
// form exports its own from its folder (`@koiki/schemas/forms/<id>`), and forms/index.ts, the
// registry, is the only list of forms.
import type * as z from 'zod/mini';
import type { ClaimResult } from '../calculators/claim-result.ts';
import type { DraftData } from '../calculators/draft-data.ts';
import type { MessageTable } from '../messages/domain-messages.ts';
import { safeParseJa } from '../messages/ja-error-map.ts';
import type { Migrations } from '../migrations/migration-step.ts';
import type { DatedRules, RuleTable } from '../rules/rules-for.ts';
import type { FormIdentity } from './form-identity.ts';
import type { RowReuse } from './reusable-row.ts';

/**
 * A schema whose safeParse always words generic issues in Japanese (what @koiki/engine calls);
 * a session passes `reuse` to have the rows it checked before reused (see reusable-row.ts).
 */
export interface JapaneseValidator<S extends z.ZodMiniType> {
  safeParse(data: unknown, reuse?: RowReuse): z.core.util.SafeParseResult<z.infer<S>>;
}

/** Wraps `schema` so that every safeParse uses the Japanese error map, for this call only. */
export function japaneseValidator<S extends z.ZodMiniType>(schema: S): JapaneseValidator<S> {
  return { safeParse: (data, reuse) => safeParseJa(schema, data, reuse) };
}

export interface FormContract<
  Id extends string = string,
  Schema extends z.ZodMiniType = z.ZodMiniType,
  Amounts = ClaimResult,
> extends FormIdentity<Id> {
  /** The data items with their cross-field rules and eligibility. */
  readonly schema: Schema;
  /** The data items alone (what JSON Schema can say). */
  readonly fields: z.ZodMiniType;
  readonly validator: JapaneseValidator<Schema>;
  /**
   * The claim amounts of (possibly incomplete) data; never throws. A method, so that any form's
   * contract stands where `FormContract` is expected.
   */
  calculate(data: DraftData<z.infer<Schema>>): Amounts;
  readonly rules: RuleTable<DatedRules>;
  /** The form's own messages, keyed by code (the shared ones are in domain-messages.ts). */
  readonly messages: MessageTable;
  /** The form's fixed answer lists, by name. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** `migrate[n]` turns data of schemaVersion n into data of n + 1 (drafts, files, PDFs, the CLI). */
  readonly migrate: Migrations;
  /** The schemaVersion bare data (no payload around it) was saved with, told by its shape. */
  versionOfData(data: unknown): number;
}

/** A form's contract with its Japanese validator made from its schema. */
export function defineFormContract<Id extends string, Schema extends z.ZodMiniType, Amounts>(
  parts: Omit<FormContract<Id, Schema, Amounts>, 'validator'>,
): FormContract<Id, Schema, Amounts> {
  return { ...parts, validator: japaneseValidator(parts.schema) };
}
