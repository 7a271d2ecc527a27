// The example claims in this folder: the valid ones go through the whole form; each invalid one
// stops at the step that asks about its mistake, with the domain code and words the user sees.
import type { FormExamples } from '../../form-module.ts';

export const examples: FormExamples = {
  valid: [
    'municipality-local-autonomy-dispatch.json',
    'prefecture-three-people.json',
    'prefecture-two-people-with-contribution.json',
  ],
  invalid: {
    'invalid-before-measure.json': {
      step: 'applicant',
      path: 'fiscalYear',
      code: 'rules.measureNotInForce',
      message: /令和6年度に創設.*令和5年度は対象になりません/,
    },
    'invalid-core-city-recipient.json': {
      step: 'recipient',
      path: 'recipient.dantaiCode',
      code: 'dispatch.recipientExcluded',
      message: /奈良市は中核市（平成14年4月1日指定）のため対象外です/,
    },
    'invalid-digital-post.json': {
      step: 'posts',
      path: 'posts.0.occupation',
      code: 'dispatch.occupationExcluded',
      message: /デジタル人材は、この措置の対象外です/,
    },
    'invalid-local-autonomy-later-year.json': {
      step: 'posts',
      path: 'posts.0.firstDispatchYear',
      code: 'dispatch.notFirstYear',
      message: /派遣初年度ではないため対象になりません/,
    },
  },
};
