// @koiki/kit: accessible, form-associated Lit fields and wizard parts. Knows no form.

export { fieldStyles } from './field/field.styles.ts';
// Shared field behaviour
export {
  type FieldBehaviour,
  type FieldChangeDetail,
  FieldController,
  type FieldHost,
  fieldProperties,
} from './field/field-controller.ts';
export { fieldMessages } from './field/messages.ts';
export { themeStyles } from './field/theme.styles.ts';
