// The registry of form contracts: one line per form. A server, the CLI and the UI find forms here.
import { safeParseJa } from '../messages/ja-error-map.ts';
import { consolidationContract } from './consolidation-claim-contract.ts';
import type { FormContract } from './form-contract.ts';
import { specialistDispatchContract } from './specialist-dispatch-contract.ts';

export const formContracts = [specialistDispatchContract, consolidationContract] as const;

type AnyContract = (typeof formContracts)[number];
export type FormId = AnyContract['id'];

/** Each form's contract by id (derived from the list above; never edited by hand). */
export const formSchemas = Object.fromEntries(
  formContracts.map((contract) => [contract.id, contract]),
) as { readonly [Id in FormId]: Extract<AnyContract, { id: Id }> };

export const formIds: readonly FormId[] = formContracts.map((contract) => contract.id);

/** True for the id of a form this package knows. */
export function isFormId(id: string): id is FormId {
  return formContracts.some((contract) => contract.id === id);
}

/** The contract of the form `id`, or undefined for an id no form has. */
export function findFormContract(id: string): FormContract | undefined {
  return formContracts.find((contract) => contract.id === id);
}

/** Validates `data` against the form's schema, with Japanese messages. */
export function validateForm(formId: FormId, data: unknown) {
  return safeParseJa(formSchemas[formId].schema, data);
}
