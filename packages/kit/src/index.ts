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
// Wizard parts
// (amount panel export added once @koiki/schemas exports formatYen)
export {
  type ErrorSummaryItem,
  type FocusFieldDetail,
  KoikiErrorSummary,
  linkText,
} from './wizard/error-summary.ts';
export {
  KoikiReviewList,
  type ReviewItem,
  type ReviewSection,
  type ReviewSelectDetail,
} from './wizard/review-list.ts';
export {
  isSelectable,
  KoikiStepList,
  type StepItem,
  type StepSelectDetail,
  type StepState,
  stepProgress,
} from './wizard/step-list.ts';
