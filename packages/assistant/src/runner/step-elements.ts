// What a step draws beyond the shell: the kit's fields (questions and tables), the amount panel,
// the error summary (errors come only from a step with questions or from the review) with the
// wording of its lines (error-items.ts, with the value parsers it reads raw input with) and the
// review list, with the runner's templates that use them. Loaded lazily (lazy-step-elements.ts): a form's
// first step, its introduction, draws none of them.
import '@koiki/kit/controls/define';
import '@koiki/kit/wizard/amount-panel';
import '@koiki/kit/wizard/error-summary';
import '@koiki/kit/wizard/review-list';

export { sectionsMessages } from '@koiki/kit/controls';
export { renderAmountResult, renderClaimTotal } from './amount-result.ts';
export { shownErrors } from './error-items.ts';
export { itemHeading, renderFields } from './field-view.ts';
export { reviewSections } from './review-sections.ts';
