// A registered form's example claims, read from forms/<id>/examples/ (bare data or a submit
// payload), with what each invalid one must stop at.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExpectedStop, FormEntry } from '@koiki/forms';

export interface ValidExample {
  file: string;
  data: unknown;
}

export interface InvalidExample extends ValidExample {
  expected: ExpectedStop;
}

export interface LoadedExamples {
  /** Every .json file in the folder, sorted. */
  files: string[];
  valid: ValidExample[];
  invalid: InvalidExample[];
}

const isPayload = (json: unknown): json is { formId: string; data: unknown } =>
  typeof json === 'object' && json !== null && 'formId' in json && 'data' in json;

export function examplesFolder(formId: string): string {
  return fileURLToPath(new URL(`../../forms/${formId}/examples/`, import.meta.url));
}

/** The form data of one example file; a fresh copy on every call. */
export function readExample(formId: string, file: string): unknown {
  const json: unknown = JSON.parse(readFileSync(examplesFolder(formId) + file, 'utf8'));
  return isPayload(json) ? json.data : json;
}

export async function loadExamples(entry: FormEntry): Promise<LoadedExamples> {
  const listed = await entry.examples();
  const files = readdirSync(examplesFolder(entry.id))
    .filter((file) => file.endsWith('.json'))
    .sort();
  return {
    files,
    valid: listed.valid.map((file) => ({ file, data: readExample(entry.id, file) })),
    invalid: Object.entries(listed.invalid).map(([file, expected]) => ({
      file,
      data: readExample(entry.id, file),
      expected,
    })),
  };
}
