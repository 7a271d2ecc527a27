// The forms a roll-up knows: every entry of the registry in @koiki/forms with its contract. A form
// added to the registry is rolled up without a change here.
import { type FormEntry, formRegistry } from '@koiki/forms';
import type { FormContract } from '@koiki/schemas';

export interface CatalogForm {
  readonly entry: FormEntry;
  readonly contract: FormContract;
}

let catalog: Promise<ReadonlyMap<string, CatalogForm>> | undefined;

async function loadCatalog(): Promise<ReadonlyMap<string, CatalogForm>> {
  const contracts = await Promise.all(formRegistry.map((entry) => entry.contract()));
  return new Map(
    formRegistry.map((entry, i) => [entry.id, { entry, contract: contracts[i] as FormContract }]),
  );
}

/** The registry's forms by id, with their contracts (loaded once). */
export function formCatalog(): Promise<ReadonlyMap<string, CatalogForm>> {
  catalog ??= loadCatalog();
  return catalog;
}

/** 「連携協約に基づく専門人材派遣、…」: the forms a file may hold, for messages. */
export function formTitles(forms: ReadonlyMap<string, CatalogForm>): string {
  return [...forms.values()].map((form) => `「${form.entry.title}」`).join('、');
}
