// Checking a claim against its form's contract. Schemas keeps no list of forms: the caller holds
// the contract (a portal server imports it from @koiki/schemas/forms/<id>; the UI and the CLI get
// it from the registry in @koiki/forms).
import type * as z from 'zod/mini';
import { safeParseJa } from '../messages/ja-error-map.ts';
import type { FormContract } from './form-contract.ts';

/** Validates `data` against the form's schema, with Japanese messages. */
export function validateClaim<Schema extends z.ZodMiniType>(
  contract: Pick<FormContract<string, Schema, unknown>, 'schema'>,
  data: unknown,
) {
  return safeParseJa(contract.schema, data);
}
