// An answer as a person reads it on the review page: 「6,000,000円」, 「令和8年4月1日（2026年）」,
// 団体名. The words come from the control registry's DOM-free half (`controlKinds` in schemas).
import type { FieldDefinition } from '@koiki/engine';
import { type ControlContext, controlKinds } from '@koiki/schemas';

/** Display text for one value; '' when nothing is entered. */
export function displayValue(
  field: FieldDefinition<unknown>,
  value: unknown,
  context: ControlContext,
): string {
  return controlKinds[field.control].display(value, field, context);
}
