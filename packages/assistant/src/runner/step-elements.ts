// Registers the elements a step draws beyond the shell: the kit's fields (questions and tables),
// the amount panel and the review list. Loaded lazily (lazy-step-elements.ts): a form's first
// step, its introduction, draws none of them.
import '@koiki/kit/controls/define';
import '@koiki/kit/wizard/amount-panel';
import '@koiki/kit/wizard/review-list';
