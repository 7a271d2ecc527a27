// Loads the training form's example claims for tests; each call returns a fresh copy to edit.
import { readdirSync, readFileSync } from 'node:fs';
import type { TrainingClaim } from '@koiki/schemas/forms/training-claim';

const folder = new URL('../../../forms/training-claim/examples/', import.meta.url);

/** Every example file in the folder. */
export function trainingExampleFiles(): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.json'));
}

/** The data of one example (the payload's `data`). */
export function trainingExample(name = 'town-own-staff-gx.json'): TrainingClaim {
  const payload = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
  return payload.data as TrainingClaim;
}

/** The payload around an example's data. */
export function trainingPayload(name: string): { formId: string; schemaVersion: number } {
  return JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
}
