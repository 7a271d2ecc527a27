// The one place that finds a registry form's contract (its schema, calculator, migrations).
// Until FormEntry.contract() lands, the contract is looked up in @koiki/schemas by the entry's id.
import type { FormEntry } from '@koiki/forms';
import { type FormContract, findFormContract } from '@koiki/schemas';

/** The contract of a registry entry, or undefined when schemas has none for it. */
export async function formContractOf(entry: FormEntry): Promise<FormContract | undefined> {
  return findFormContract(entry.id);
}
