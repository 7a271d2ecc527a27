// A form's outline joined with its contract: the schema checks every step, the calculator gives
// the amounts, the migrations carry old drafts forward, and each text field's maxLength is read
// from the schema. Kept apart from the outline so that the first step is drawn without this code.
import type { DraftData, FormSchema } from '@koiki/engine';
import type { ClaimResult, FormContract } from '@koiki/schemas';
import type { FormModule, FormOutlineModule } from './form-module.ts';
import { withSchemaLimits } from './schema-limits.ts';

/** What a form's contract gives its definition, typed by the form's data. */
interface DefinitionContract<Data> extends Pick<FormContract, 'fields' | 'migrate'> {
  validator: FormSchema<Data>;
  calculate(data: DraftData<Data>): ClaimResult;
}

/** The whole form module: `outline` with `contract`'s schema, calculator, migrations and text limits. */
export function withContract<Data>(
  outline: FormOutlineModule<Data>,
  contract: DefinitionContract<Data>,
): FormModule<Data> {
  const definition = withSchemaLimits(contract.fields, {
    ...outline.definition,
    schema: contract.validator,
    calculate: (data: DraftData<Data>) => contract.calculate(data),
    migrate: contract.migrate,
  });
  return { ...outline, definition };
}
