// The questions of one dispatched post (a row of `posts`): its 協約 and 派遣先 chosen among the
// data entered, the person, the dates with the derived 派遣初年度, and the amounts its 派遣形態
// and the applicant's role call for (none for a planned post). Also the 募集経費 rows.
import { type FieldDefinition, type FieldOption, revealUnder } from '@koiki/engine';
import { DISPATCH_FORMS, EMPLOYMENT_TYPES } from '@koiki/schemas';
import { dantaiName } from '../dantai-names.ts';
import {
  agreementNames,
  asksOwnContribution,
  asksPersonnelCost,
  type DraftPost,
  dispatchYearText,
  recipientChoices,
  recipientEligibilityText,
} from './answers.ts';
import {
  asDraft,
  dateHint,
  dispatchFormLabels,
  excludedOccupations,
  occupationOptions,
  plain,
  yenHint,
} from './question-texts.ts';

/** 負担金 of the 派遣先 for the post: deducted from the 派遣元's 人件費, or the 派遣先's own base. */
const asksContribution = (post: DraftPost, root: unknown): boolean =>
  asksPersonnelCost(post, asDraft(root)) || asksOwnContribution(post, asDraft(root));

/** The 団体 offered as a post's 派遣先, by name. */
const recipientOptions = (post: DraftPost, root: unknown): FieldOption[] =>
  recipientChoices(post, asDraft(root)).map((code) => ({ value: code, label: dantaiName(code) }));

/** Which 協約 and which 派遣先: chosen among what the 連携協約 step holds. */
const postPlaceFields: FieldDefinition<DraftPost>[] = [
  {
    path: 'agreementName',
    label: '根拠となる連携協約',
    control: 'select',
    required: true,
    hint: '「連携協約」の手順で入力した協約から選びます。',
    optionsFrom: (_post, root) =>
      // Numbered as on the 連携協約 step: long 協約名 often differ only near their end.
      agreementNames(asDraft(root)).map((name, index) => ({
        value: name,
        label: `協約${index + 1}：${name}`,
      })),
  },
  {
    path: 'recipientCode',
    label: '派遣先',
    control: 'select',
    required: true,
    hint: '選んだ協約の当事者のうち、職員を受け入れる市町村です。派遣先として申請するときは申請団体です。',
    optionsFrom: recipientOptions,
  },
  {
    path: 'recipientEligibility',
    label: '派遣先の要件',
    control: 'info',
    display: (post, root) => recipientEligibilityText(post, asDraft(root)),
  },
];

export const postFields: FieldDefinition<DraftPost>[] = [
  ...postPlaceFields,
  {
    path: 'postName',
    label: 'ポスト名',
    control: 'text',
    required: true,
    hint: '派遣先での所属と担当。例：保健福祉課 保健師',
  },
  {
    path: 'staffName',
    label: '派遣職員の氏名',
    control: 'text',
    hint: '予定のポストで未定なら空欄。例：山本 香織',
  },
  ...revealUnder<DraftPost>(
    {
      path: 'occupation',
      label: '職種',
      control: 'select',
      required: true,
      options: occupationOptions,
      note: `${excludedOccupations.join('と')}は、それぞれ別の地方財政措置があるため、この措置では申請できません。`,
    },
    {
      answer: 'その他',
      fields: [
        {
          path: 'occupationOther',
          label: '職種（その他の内容）',
          control: 'text',
          required: true,
          hint: '例：公認心理師',
        },
      ],
    },
  ),
  ...revealUnder<DraftPost>(
    {
      path: 'employment',
      label: '採用形態',
      control: 'radio',
      required: true,
      options: plain(EMPLOYMENT_TYPES),
    },
    {
      answer: '任期の定めのない常勤職員',
      fields: [
        {
          path: 'confirmations',
          label: '任期の定めのない常勤職員の要件',
          control: 'info',
          display: () => '次の2つをどちらも満たす場合に限り、この措置の対象になります。',
        },
        {
          path: 'confirmations.mainDutyIsMunicipalSupport',
          label: '① 主な所掌事務は、市町村を支援する業務ですか',
          control: 'boolean',
          required: true,
        },
        {
          path: 'confirmations.hiredAsSpecialist',
          label:
            '② 協約に定める分野の専門職員として採用された職員（またはそれに準じた人事上の取扱いを受けている職員）ですか',
          control: 'boolean',
          required: true,
        },
      ],
    },
  ),
  {
    path: 'periodFrom',
    label: '派遣期間（開始日）',
    control: 'date',
    required: true,
    hint: `このポストへの派遣が始まった日（前年度から続くポストは最初の日）。対象年度より後の日なら予定のポストです。${dateHint}`,
  },
  {
    path: 'periodTo',
    label: '派遣期間（終了日）',
    control: 'date',
    required: true,
    hint: '例：令和9年3月31日',
  },
  {
    path: 'dispatchYear',
    label: '派遣初年度',
    control: 'info',
    display: (post, root) => dispatchYearText(post, asDraft(root)),
    note: '開始日と対象年度から決まります。自治法派遣の負担金は、ポストごとに派遣初年度の分だけが対象です。',
  },
  {
    // Never asked of a new claim: shown only when loaded data (a v1 draft, a portal's payload)
    // states it, so an answer that contradicts the dates can be seen and corrected where it is.
    path: 'firstDispatchYear',
    label: '派遣初年度かどうか（読み込んだ申請データの答え）',
    control: 'boolean',
    hint: '開始日から決まる派遣初年度と食い違うときは、開始日かこの答えを直します。',
    when: (post) => post.firstDispatchYear !== undefined,
  },
  ...revealUnder<DraftPost>(
    {
      path: 'dispatchForm',
      label: '派遣形態',
      control: 'radio',
      required: true,
      options: DISPATCH_FORMS.map((value) => ({ value, label: dispatchFormLabels[value] })),
      note: '自治法派遣では派遣先が負担金を、それ以外では派遣元が人件費を申請します。1人について両方は申請できません。',
    },
    {
      answer: 'その他',
      fields: [
        {
          path: 'personnelCost',
          label: '人件費（この年度の分）',
          control: 'yen',
          required: true,
          hint: yenHint('7,200,000'),
          note: '給料・手当・共済費など、この職員に係る対象年度の人件費です。',
          when: (post, root) => asksPersonnelCost(post, asDraft(root)),
        },
      ],
    },
    {
      // One fact, one question: what the 派遣先 bears for this post. A 派遣元 subtracts it from
      // the 人件費 (自治法派遣以外); a 派遣先 claims on it (自治法派遣). A claim is one role's, so
      // the question is asked in one of the two cases only; a planned post has no amounts yet.
      answer: ['自治法派遣', 'その他'],
      fields: [
        {
          path: 'contribution',
          label: '派遣先が負担する負担金（この年度の分）',
          control: 'yen',
          required: (post, root) => asksOwnContribution(post, asDraft(root)),
          hint: `この職員について派遣先の市町村が負担する額です。派遣元の申請では人件費から差し引き（なければ空欄）、自治法派遣の派遣先の申請ではこの額が措置の対象です。${yenHint('6,800,000')}`,
          when: asksContribution,
        },
      ],
    },
  ),
];

export const recruitmentFields: FieldDefinition<unknown>[] = [
  {
    path: 'description',
    label: '経費の内容',
    control: 'text',
    required: true,
    hint: '例：求人情報サイトへの募集広告掲載料',
  },
  {
    path: 'amount',
    label: '金額',
    control: 'yen',
    required: true,
    hint: yenHint('880,000'),
    total: true,
  },
];
