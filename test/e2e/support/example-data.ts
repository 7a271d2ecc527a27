// A form's example claim as plain data (examples hold bare data or a submit payload).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function exampleData(formId: string, name: string): Record<string, unknown> {
  const file = fileURLToPath(
    new URL(`../../../forms/${formId}/examples/${name}.json`, import.meta.url),
  );
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return 'data' in json && 'formId' in json ? json.data : json;
}
