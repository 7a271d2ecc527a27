// The example claims of forms/specialist-dispatch/examples/, as form data (payload files unwrapped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecialistDispatch } from '@koiki/schemas';

export const examplesDir = join(import.meta.dirname, '../../../forms/specialist-dispatch/examples');

export interface Example {
  file: string;
  data: SpecialistDispatch;
}

const isPayload = (json: unknown): json is { formId: string; data: unknown } =>
  typeof json === 'object' && json !== null && 'formId' in json && 'data' in json;

function load(file: string): Example {
  const json: unknown = JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
  // Examples are complete claims (or deliberately wrong ones); the tests check that by validating.
  return { file, data: (isPayload(json) ? json.data : json) as SpecialistDispatch };
}

const files = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

export const validExamples: Example[] = files.filter((f) => !f.includes('invalid')).map(load);
export const invalidExamples: Example[] = files.filter((f) => f.includes('invalid')).map(load);
