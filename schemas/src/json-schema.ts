// The JSON Schema of each form, so a portal written in another language can check the same payload.
// Only servers and the CLI call this: the browser bundle leaves it (and zod's JSON Schema code) out.
import { toJSONSchema } from 'zod/mini';
import type { FormContract } from './forms/form-contract.ts';

/**
 * JSON Schema (draft 2020-12) of a form's data. Cross-field rules and eligibility (zod refinements)
 * cannot be expressed in JSON Schema; `koiki validate` checks those.
 */
export function formJsonSchema(
  form: Pick<FormContract, 'id' | 'title' | 'schemaVersion' | 'fields'>,
): Record<string, unknown> {
  const schema = toJSONSchema(form.fields, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: `https://koiki-forms.example/schemas/${form.id}/v${form.schemaVersion}.json`,
    title: form.title,
    description: `${form.title}（schemaVersion ${form.schemaVersion}）。項目間の規則と対象要件は JSON Schema では表せないため、@koiki/schemas または koiki validate で確認してください。`,
  };
}
