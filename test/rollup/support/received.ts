// ReceivedClaims made in the test, as readClaimFile would give them, and example data edited.
import type { ReceivedClaim } from '@koiki/rollup';
import type { ExampleClaim } from './example-claims.ts';

let counter = 0;

/** The claim as received from a file named `fileName` (a payload unless said otherwise). */
export function received(
  claim: ExampleClaim,
  fileName = `${claim.name}#${++counter}`,
  extra: Partial<ReceivedClaim> = {},
): ReceivedClaim {
  return {
    id: fileName,
    fileName,
    source: 'payload',
    formId: claim.formId,
    schemaVersion: claim.schemaVersion,
    data: claim.data,
    ...extra,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a test edits example JSON at any depth
type Json = Record<string, any>;

/** A copy of the example with its data changed by `edit`. */
export function edited(claim: ExampleClaim, edit: (data: Json) => void): ExampleClaim {
  const data = structuredClone(claim.data) as Json;
  edit(data);
  return { ...claim, data };
}
