// The example claims in this folder: the valid ones go through the whole form; each invalid one
// stops at the step that asks about its mistake, with the domain code and words the user sees.
// test/schemas/training-claim/calculator.test.ts checks the amount of each valid one by hand.
import type { FormExamples } from '../../form-module.ts';

export const examples: FormExamples = {
  valid: [
    'prefecture-wide-area-three-municipalities.json',
    'town-own-staff-gx.json',
    'village-two-challenges-odd-yen.json',
  ],
  invalid: {
    'invalid-prefecture-own-staff.json': {
      step: 'applicant',
      path: 'trainingKind',
      code: 'training.kindByOrdinaryAllocation',
      message: /都道府県が「自団体職員向け」の研修を行うときは普通交付税で措置される/,
    },
    'invalid-wide-area-attendance-cost.json': {
      step: 'costs',
      path: 'costItems.3.category',
      code: 'training.categoryNotForKind',
      message:
        /「広域研修」の研修で対象となる経費は研修開催経費だけです。「職員旅費」は研修受講経費のため対象外です/,
    },
    'invalid-missing-staff-target.json': {
      step: 'programmes',
      path: 'programmes.0.staffTarget',
      code: 'common.required',
      message:
        /研修プログラム1「GX推進リーダー育成研修」の育成する職員数の数値目標（人）を入力してください/,
    },
    'invalid-policy-before-guideline.json': {
      step: 'policy',
      path: 'policy.adoptedDate',
      code: 'training.policyBeforeGuideline',
      message: /策定日（平成31年3月28日）が.*公表日（令和5年12月22日）より前です/,
    },
  },
};
