// Checking a claim against its form's contract. Schemas keeps no list of forms: the caller holds
// the contract (a portal server imports it from @koiki/schemas/forms/<id>; the UI and the CLI get
// it from the registry in @koiki/forms).
import type * as z from 'zod/mini';
import { safeParseJa } from '../messages/ja-error-map.ts';

/** Validates `data` against the form's schema, with Japanese messages. */
export function validateClaim<Contract extends { readonly schema: z.ZodMiniType }>(
  contract: Contract,
  data: unknown,
) {
  return safeParseJa<Contract['schema']>(contract.schema, data);
}
