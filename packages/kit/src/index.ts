// @koiki/kit: accessible, form-associated Lit fields and wizard parts. Knows no form.

// The control registry's Lit half (register the tags with the 'controls' entry)
export {
  type CellChangeDetail,
  type ControlChange,
  type ControlProps,
  type ControlTemplate,
  controlTemplates,
  type FilesBinding,
  type RowsBinding,
} from './controls/control-templates.ts';
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
export {
  attachmentFieldMessages,
  KoikiAttachmentField,
} from './fields/attachment/attachment-field.ts';
export {
  type Attachment,
  type AttachmentCheck,
  attachmentMessages,
  checkAttachment,
} from './fields/attachment/check-attachment.ts';
export { type FileKind, kindFromBytes, kindFromMime } from './fields/attachment/file-kind.ts';
export { formatFileSize } from './fields/attachment/file-size.ts';
export { countPdfPages } from './fields/attachment/pdf-page-count.ts';
// Fields (import './fields/<name>/define.ts' or the define-fields entry to register the tags)
export {
  type ChoiceOption,
  type ChoiceType,
  KoikiChoiceField,
} from './fields/choice-field/choice-field.ts';
export { dantaiLabel } from './fields/dantai-picker/dantai-label.ts';
export { KoikiDantaiPicker } from './fields/dantai-picker/dantai-picker.ts';
export { dantaiPickerMessages } from './fields/dantai-picker/dantai-picker-messages.ts';
export { KoikiDateField } from './fields/date-field/date-field.ts';
export { type DateBoxes, dateFromBoxes, dateFromRaw } from './fields/date-field/date-parts.ts';
export {
  fiscalYearLabel,
  KoikiFiscalYearField,
} from './fields/fiscal-year-field/fiscal-year-field.ts';
export { pasteRows } from './fields/repeatable-rows/paste-rows.ts';
export {
  KoikiRepeatableRows,
  type Row,
  type RowsChangeDetail,
  type RowsOperation,
} from './fields/repeatable-rows/repeatable-rows.ts';
export { rowMessages } from './fields/repeatable-rows/repeatable-rows-messages.ts';
export { emptyCellValue, type RowColumn } from './fields/repeatable-rows/row-column.ts';
export { isHeaderLine, isTable, parseTsv } from './fields/repeatable-rows/tsv.ts';
export { type NonJisWarning, nonJisWarning } from './fields/text-field/non-jis-warning.ts';
export { KoikiTextField } from './fields/text-field/text-field.ts';
export { KoikiYenField } from './fields/yen-field/yen-field.ts';
export { yenInManUnits, yenReading } from './fields/yen-field/yen-reading.ts';
// Wizard parts
export {
  type AmountGroup,
  type AmountLineGroup,
  groupAmountLines,
} from './wizard/amount-groups.ts';
export { type AmountLine, KoikiAmountPanel } from './wizard/amount-panel.ts';
export {
  type ErrorSummaryItem,
  type FocusFieldDetail,
  KoikiErrorSummary,
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
