// The example claims in this folder: the valid ones go through the whole form; each invalid one
// stops at the step that asks about its mistake, with the domain code and words the user sees.
import type { FormExamples } from '../../form-module.ts';

export const examples: FormExamples = {
  valid: [
    'function-integration-school-lunch.json',
    'prefecture-city-library-third-year.json',
    'prefecture-city-research-stage.json',
    'prefecture-library-both-stages.json',
  ],
  invalid: {
    'invalid-single-dantai.json': {
      step: 'initiative',
      path: 'otherParties',
      code: 'consolidation.singleDantai',
      message: /参加団体が申請団体だけです。.*2団体以上/,
    },
    'invalid-public-housing-smoothing.json': {
      step: 'facilities',
      path: 'sourceFacilities.1.type',
      code: 'consolidation.excludedFacility',
      message: /公営住宅の施設は円滑化経費の対象外です/,
    },
    'invalid-sixth-year.json': {
      step: 'stages',
      path: 'stages',
      code: 'consolidation.afterWindow',
      message: /令和7年度.*5年度間（令和11年度まで）.*令和12年度は対象期間を過ぎています/,
    },
  },
};
