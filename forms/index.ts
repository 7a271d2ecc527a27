// The registry: one line per form, each pointing at the form's own folder. Each form's code loads
// only when it is opened. This is the only list of forms: the assistant, the CLI, the conformance
// suite and the bench all read it.
import { consolidationClaimEntry } from './consolidation-claim/entry.ts';
import type { FormEntry } from './form-module.ts';
import { specialistDispatchEntry } from './specialist-dispatch/entry.ts';
import { trainingClaimEntry } from './training-claim/entry.ts';

export type {
  ExpectedStop,
  FormEntry,
  FormExamples,
  FormModule,
  FormOutlineModule,
  PdfContext,
} from './form-module.ts';

export { isWholeForm } from './form-module.ts';

export const formRegistry: readonly FormEntry[] = [
  specialistDispatchEntry,
  consolidationClaimEntry,
  trainingClaimEntry,
];

/** The ids of the registered forms, in registry order. */
export const formEntryIds: readonly string[] = formRegistry.map((entry) => entry.id);

/** The registry entry of the form `id`, or undefined for an id no form has. */
export function findFormEntry(id: string): FormEntry | undefined {
  return formRegistry.find((entry) => entry.id === id);
}
