// The example claims of forms/consolidation-claim/examples/, as form data (payload files unwrapped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Consolidation } from '@koiki/schemas';

export const examplesDir = join(import.meta.dirname, '../../../forms/consolidation-claim/examples');

export interface Example {
  file: string;
  data: Consolidation;
}

const isPayload = (json: unknown): json is { formId: string; data: unknown } =>
  typeof json === 'object' && json !== null && 'formId' in json && 'data' in json;

function load(file: string): Example {
  const json: unknown = JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
  // Examples are complete claims (or deliberately wrong ones); the tests check that by validating.
  return { file, data: (isPayload(json) ? json.data : json) as Consolidation };
}

const files = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

export const validExamples: Example[] = files.filter((f) => !f.includes('invalid')).map(load);
export const invalidExamples: Example[] = files.filter((f) => f.includes('invalid')).map(load);

/** The valid example named `file`; fails the test when it is missing. */
export function example(file: string): Example {
  const found = validExamples.find((e) => e.file === file);
  if (!found) throw new Error(`例 ${file} がありません。`);
  return found;
}
