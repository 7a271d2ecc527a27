// Loads the example claims of forms/<id>/examples/ for tests; each call returns a fresh copy to edit.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Consolidation, SpecialistDispatch } from '@koiki/schemas';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function examplesDir(formId: string): string {
  return `${root}forms/${formId}/examples/`;
}

export function exampleNames(formId: string): string[] {
  return readdirSync(examplesDir(formId)).filter((name) => name.endsWith('.json'));
}

/** The form data in an example file (bare data or the submit payload). */
export function exampleData(formId: string, name: string): unknown {
  const json = JSON.parse(readFileSync(examplesDir(formId) + name, 'utf8'));
  return 'formId' in json ? json.data : json;
}

export function dispatchExample(name = 'prefecture-three-people.json'): SpecialistDispatch {
  return exampleData('specialist-dispatch', name) as SpecialistDispatch;
}

export function consolidationExample(
  name = 'prefecture-city-library-third-year.json',
): Consolidation {
  return exampleData('consolidation-claim', name) as Consolidation;
}
