// The example claims in this folder: the valid ones go through the whole form; each invalid one
// stops at the step that asks about its mistake, with the domain code and words the user sees.
// Each rule of SPEC §2.1 has one here; test/schemas/calculators/specialist-dispatch-examples.test.ts
// checks the amount of each against a computation by hand.
import type { FormExamples } from '../../form-module.ts';

export const examples: FormExamples = {
  valid: [
    'municipality-local-autonomy-dispatch.json',
    'prefecture-outside-area-confirmed.json',
    'prefecture-recruitment-no-post-yet.json',
    'prefecture-recruitment-planned-post.json',
    'prefecture-three-agreements-three-villages.json',
    'prefecture-three-people.json',
    'prefecture-two-people-with-contribution.json',
  ],
  invalid: {
    'invalid-agreement-without-expertise.json': {
      step: 'agreements',
      path: 'agreements.1.expertise.stated',
      code: 'dispatch.agreementLacks',
      message: /連携協約に派遣職員に求められる専門性が定められていないため/,
    },
    'invalid-before-measure.json': {
      step: 'applicant',
      path: 'fiscalYear',
      code: 'rules.measureNotInForce',
      message: /令和6年度に創設.*令和5年度は対象になりません/,
    },
    'invalid-core-city-recipient.json': {
      step: 'posts',
      path: 'posts.0.recipientCode',
      code: 'dispatch.recipientExcluded',
      message: /奈良市は中核市（平成14年4月1日指定）のため対象外です/,
    },
    'invalid-digital-post.json': {
      step: 'posts',
      path: 'posts.0.occupation',
      code: 'dispatch.occupationExcluded',
      message: /デジタル人材は、この措置の対象外です/,
    },
    'invalid-first-year-contradicts-dates.json': {
      step: 'posts',
      path: 'posts.0.firstDispatchYear',
      code: 'dispatch.firstYearContradicts',
      message:
        /派遣初年度の回答（派遣初年度ではない）が、派遣開始日（令和8年4月1日、令和8年度）と合いません/,
    },
    'invalid-local-autonomy-later-year.json': {
      step: 'posts',
      path: 'posts.0.periodFrom',
      code: 'dispatch.notFirstYear',
      message: /派遣開始日（令和8年4月1日）が令和8年度のため、令和9年度は派遣初年度ではなく/,
    },
    'invalid-outside-area-unconfirmed.json': {
      step: 'outsideArea',
      path: 'outsideAreaConfirmed',
      code: 'dispatch.outsideAreaConfirm',
      message: /区域外の団体が含まれています/,
    },
    'invalid-permanent-staff-not-specialist.json': {
      step: 'posts',
      path: 'posts.2.confirmations',
      code: 'dispatch.permanentNotConfirmed',
      message: /任期の定めのない常勤職員は、①主な所掌事務が市町村支援業務/,
    },
    'invalid-post-ended-before-year.json': {
      step: 'posts',
      path: 'posts.1.periodTo',
      code: 'dispatch.periodEnded',
      message: /派遣期間が令和8年度の始まり（令和8年4月1日）より前に終わっています/,
    },
    'invalid-recruited-technical-staff.json': {
      step: 'posts',
      path: 'recruitedOccupations',
      code: 'dispatch.occupationExcluded',
      message: /技術職員は、この措置の対象外です/,
    },
  },
};
