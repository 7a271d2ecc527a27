// The example claims in this folder: the valid ones go through the whole form; each invalid one
// stops at the step that asks about its mistake, with the domain code and words the user sees.
// Every 取組 is asked on the step 'initiatives', so each invalid example stops there.
import type { FormExamples } from '../../form-module.ts';

export const examples: FormExamples = {
  valid: [
    'city-two-consolidations-research-cap.json',
    'function-integration-school-lunch.json',
    'prefecture-city-library-third-year.json',
    'prefecture-city-research-stage.json',
    'prefecture-library-both-stages.json',
    'town-research-stage-no-target.json',
  ],
  invalid: {
    'invalid-single-dantai.json': {
      step: 'initiatives',
      path: 'initiatives.0.otherParties',
      code: 'consolidation.singleDantai',
      message: /参加団体が申請団体だけです。.*2団体以上/,
    },
    'invalid-public-housing-smoothing.json': {
      step: 'initiatives',
      path: 'initiatives.0.sourceFacilities.1.type',
      code: 'consolidation.excludedFacilityTag',
      message: /公営住宅の施設は円滑化経費の対象外です/,
    },
    'invalid-public-hospital-smoothing.json': {
      step: 'initiatives',
      path: 'initiatives.0.sourceFacilities.0.type',
      code: 'consolidation.excludedFacilityTag',
      message: /公営企業の施設は円滑化経費の対象外です（「病院・診療所」）/,
    },
    'invalid-sixth-year.json': {
      step: 'initiatives',
      path: 'initiatives.0.stages',
      code: 'consolidation.afterWindow',
      message: /令和7年度.*5年度間（令和11年度まで）.*令和12年度は対象期間を過ぎています/,
    },
  },
};
