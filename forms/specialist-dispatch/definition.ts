// 連携協約に基づく専門人材派遣 as data for the engine: steps, questions, and when each is asked.
// The rules themselves (eligibility, amounts, messages) live in @koiki/schemas.
import {
  type FieldDefinition,
  type FieldOption,
  type FormDefinition,
  revealUnder,
} from '@koiki/engine';
import {
  DISPATCH_ATTACHMENT_KINDS,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  type DispatchForm,
  type DispatchRole,
  EMPLOYMENT_TYPES,
  formatFiscalYear,
  formatYenAmount,
  formSchemas,
  isKnownFiscalYear,
  OCCUPATIONS,
  type Occupation,
  type SpecialistDispatch,
} from '@koiki/schemas';
import { doneStep, remarksField, reviewStep } from '../closing-steps.ts';
import { dantaiName } from '../dantai-names.ts';
import { letterFields } from '../letter-fields.ts';
import { withSchemaLimits } from '../schema-limits.ts';
import {
  agreementNames,
  asksOwnContribution,
  asksPersonnelCost,
  type Draft,
  type DraftAgreement,
  type DraftPost,
  dispatchYearText,
  hasOutsideArea,
  isSender,
  notificationText,
  outsideAreaTexts,
  recipientChoices,
  recipientEligibilityText,
  recruitsWithoutPost,
  rulesOf,
} from './answers.ts';

const form = formSchemas['specialist-dispatch'];

// A row field's `root` is typed unknown by the engine; it is always the whole form data.
const asDraft = (root: unknown): Draft => (root ?? {}) as Draft;

const plain = (values: readonly string[]): FieldOption[] =>
  values.map((value) => ({ value, label: value }));

const roleLabels: Record<DispatchRole, string> = {
  派遣元: '派遣元（職員を確保し、派遣する都道府県等）',
  派遣先: '派遣先（職員を受け入れる市町村）',
};

const dispatchFormLabels: Record<DispatchForm, string> = {
  自治法派遣: '自治法派遣（地方自治法第252条の17。給与等は派遣先が負担）',
  その他: '自治法派遣以外（給与等は派遣元が負担）',
};

// The rule row in force now, for texts that are not tied to one claim's year.
const currentRules = rulesOf({});

const excludedOccupations: readonly Occupation[] = currentRules.excludedOccupations.map(
  (excluded) => excluded.occupation,
);

const occupationOptions: FieldOption[] = OCCUPATIONS.map((value) => ({
  value,
  label: excludedOccupations.includes(value) ? `${value}（この措置の対象外）` : value,
}));

const personCapText = formatYenAmount(currentRules.personCap.value);

const dateHint = '例：令和8年4月1日（西暦 2026-04-01 でも入力できます）';
const yenHint = (example: string) =>
  `円単位で入力します。「600万」のようにも入力できます。例：${example}`;

/** One required content of the 協約: stated or not; the article is asked under 「はい」. */
function contentFields(
  key: 'basicPolicy' | 'roleSharing' | 'expertise' | 'staffAndPeriod',
  content: string,
  options: { note?: string; whenNotStated?: FieldDefinition<DraftAgreement>[] } = {},
): FieldDefinition<DraftAgreement>[] {
  return revealUnder<DraftAgreement>(
    {
      path: `${key}.stated`,
      label: `協約に${content}の定めがありますか`,
      control: 'boolean',
      required: true,
      ...(options.note ? { note: options.note } : {}),
    },
    {
      answer: true,
      fields: [
        {
          path: `${key}.article`,
          label: `${content}を定めた条項`,
          control: 'text',
          required: true,
          hint: '例：第3条',
        },
      ],
    },
    { answer: false, fields: options.whenNotStated ?? [] },
  );
}

/** Asked under 「いいえ」 to 人数・期間 in the 協約: the 協定・覚書 that states them instead. */
const memorandumFields: FieldDefinition<DraftAgreement>[] = [
  {
    path: 'memorandum',
    label: '協定・覚書',
    control: 'info',
    display: () =>
      '協約に人数・期間の定めがないため、それを定めた協定・覚書について答えてください。',
  },
  {
    path: 'memorandum.name',
    label: '協定・覚書の名称',
    control: 'text',
    hint: '例：専門人材の派遣に関する覚書',
  },
  {
    path: 'memorandum.concludedDate',
    label: '協定・覚書の締結日',
    control: 'date',
    required: true,
    hint: dateHint,
  },
  {
    path: 'memorandum.statesStaffAndPeriod',
    label: '協定・覚書に派遣職員の人数・派遣期間の定めがありますか',
    control: 'boolean',
    required: true,
  },
];

const partyFields: FieldDefinition<unknown>[] = [
  {
    path: 'dantaiCode',
    label: '当事者の団体',
    control: 'dantai',
    required: true,
    hint: '団体名・ふりがな・団体コードで探せます。例：川上村',
  },
  {
    path: 'resolutionDate',
    label: '議会の議決日',
    control: 'date',
    required: true,
    hint: dateHint,
  },
  { path: 'noticeDate', label: '告示日', control: 'date', required: true, hint: dateHint },
];

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

const postFields: FieldDefinition<DraftPost>[] = [
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

const recruitmentFields: FieldDefinition<unknown>[] = [
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

/** One 連携協約's questions, relative to its item in `agreements`. */
const agreementFields: FieldDefinition<DraftAgreement>[] = [
  {
    path: 'name',
    label: '協約名',
    control: 'text',
    required: true,
    hint: '協約書の表題のとおり。協約ごとに異なる名前にします。例：奈良県と川上村との間における専門人材の確保及び派遣に関する連携協約',
  },
  {
    path: 'parties',
    label: '協約の当事者',
    control: 'rows',
    required: true,
    hint: '派遣元と派遣先を含め、協約を結んだすべての団体を入れます（2団体以上）。',
    fields: partyFields,
  },
  {
    path: 'concludedDate',
    label: '締結日',
    control: 'date',
    required: true,
    hint: dateHint,
  },
  {
    path: 'notificationDate',
    label: '届出日',
    control: 'date',
    required: true,
    hint: dateHint,
  },
  {
    path: 'notifiedTo',
    label: '届出先',
    control: 'info',
    display: (agreement) => notificationText(agreement),
    note: '都道府県が当事者のときは総務大臣、それ以外は都道府県知事に届け出ます（地方自治法第252条の2第2項）。当事者から自動で決まります。',
  },
  ...contentFields('basicPolicy', '基本方針'),
  ...contentFields('roleSharing', '役割分担'),
  ...contentFields('expertise', '派遣職員に求められる専門性'),
  ...contentFields('staffAndPeriod', '派遣職員の人数・派遣期間', {
    note: '協約に定めがなくても、派遣元と派遣先の協定・覚書で定めていれば対象になります。',
    whenNotStated: memorandumFields,
  }),
];

const definition: FormDefinition<SpecialistDispatch> & {
  calculate: typeof form.calculate;
} = {
  id: form.id,
  title: form.title,
  schemaVersion: form.schemaVersion,
  schema: form.validator,
  calculate: form.calculate,
  steps: [
    {
      id: 'intro',
      title: 'はじめに',
      kind: 'intro',
      description: [
        '都道府県等が連携協約に基づいて専門人材を確保し、市町村へ派遣したときの特別交付税措置（地方公務員の人材確保に係る特別交付税措置、令和6年度～）を申請します。',
        '1つの申請は、1つの団体の1年度分です。その年度のすべての連携協約と派遣する職をまとめて入力します（募集経費の上限は団体ごとです）。',
        '申請できるのは、職員を派遣する都道府県等（派遣元：募集経費と人件費）と、自治法派遣で職員を受け入れる市町村（派遣先：負担金）です。派遣先は、政令指定都市・中核市・県庁所在地以外の市町村に限られます。',
        `保健師・保育士・税務・用地などの専門職が対象です。${excludedOccupations.join('と')}は別の措置があるため対象外です。`,
        '手元に用意するもの：連携協約書、協定・覚書（協約に人数・期間の定めがない場合）、議会の議決日と告示日が分かる書類、募集経費・人件費・負担金の内訳。',
        '入力した内容は、このパソコンのブラウザに下書きとして自動で保存されます。',
      ],
      fields: [],
    },
    {
      id: 'applicant',
      title: '申請団体と担当者',
      description: ['はじめに申請団体の役割を選びます。以降の質問は役割に合わせて変わります。'],
      fields: [
        {
          path: 'role',
          label: '申請団体の役割',
          control: 'radio',
          required: true,
          options: DISPATCH_ROLES.map((value) => ({ value, label: roleLabels[value] })),
        },
        {
          path: 'applicant.dantaiCode',
          label: '申請団体',
          control: 'dantai',
          required: true,
          hint: '団体名・ふりがな・団体コードで探せます。例：奈良県、ならけん、290009',
        },
        {
          path: 'fiscalYear',
          label: '対象年度',
          control: 'fiscal-year',
          required: true,
          hint: '例：令和8年度（2026 でも入力できます）',
        },
        ...letterFields,
        {
          path: 'contact.department',
          label: '担当者の所属',
          control: 'text',
          required: true,
          hint: '例：総務部 市町村振興課',
        },
        {
          path: 'contact.name',
          label: '担当者の氏名',
          control: 'text',
          required: true,
          hint: '例：吉田 真理子',
          autocomplete: 'name',
        },
        {
          path: 'contact.phone',
          label: '電話番号',
          control: 'text',
          required: true,
          hint: '市外局番から入力します。例：0742-27-8413',
          autocomplete: 'work tel',
        },
        {
          path: 'contact.extension',
          label: '内線番号',
          control: 'text',
          hint: '数字のみ。例：2351',
        },
        {
          path: 'contact.email',
          label: 'メールアドレス',
          control: 'text',
          required: true,
          hint: '例：shichoson@pref.nara.lg.jp',
          autocomplete: 'work email',
        },
      ],
    },
    {
      id: 'agreements',
      title: '連携協約',
      description: [
        'この年度の派遣の根拠となる連携協約（地方自治法第252条の2）を、協約ごとに協約書のとおり入力します。複数の協約があるときは「＋ 連携協約を追加」で加えます。',
        '協約には、基本方針・役割分担・派遣職員に求められる専門性が定められている必要があります。人数・期間は、協約になければ協定・覚書で定めます。',
      ],
      fields: [
        {
          path: 'agreements',
          label: '連携協約',
          control: 'sections',
          required: true,
          addLabel: '＋ 連携協約を追加',
          newItem: emptyAgreement,
          itemLabel: (item: DraftAgreement, index: number) =>
            typeof item.name === 'string' && item.name !== ''
              ? `連携協約 ${index + 1}：${item.name}`
              : `連携協約 ${index + 1}`,
          fields: agreementFields,
        },
      ],
    },
    {
      id: 'costs',
      title: '募集経費',
      when: isSender,
      description: [
        '派遣する職種の職員を募集するために派遣元が支出した経費を、内容ごとに入力します。なければ行を追加せずに次へ進みます。',
        '派遣する職がまだない年度（翌年度からの派遣に向けた募集）も、募集経費だけで申請できます。次の「派遣する職」で、募集した職種を選びます。',
      ],
      fields: [
        {
          path: 'recruitmentItems',
          label: '募集経費',
          control: 'rows',
          fields: recruitmentFields,
          note: '上限は1団体・1年度あたりの額で、すべての項目の合計に適用します（「算定に用いた値」に表示）。',
        },
      ],
    },
    {
      id: 'posts',
      title: '派遣する職',
      description: [
        '派遣する職員を、ポストごとに1行ずつ入力します。各ポストは、根拠となる連携協約と派遣先を選びます。',
        '次の年度から派遣する予定のポスト（募集した年度の申請）は、開始日を入れると予定として扱い、金額は尋ねません。',
        '経費は職員ごとにここで入力します。派遣元は自治法派遣以外の職員の人件費を、派遣先は自治法派遣の職員の負担金を入力します。',
      ],
      fields: [
        {
          path: 'posts',
          label: '派遣する職員（ポスト）',
          control: 'rows',
          required: (data: Draft) => !isSender(data) || (data.recruitmentItems ?? []).length === 0,
          hint: '派遣元で、募集経費だけを申請する年度（ポストがまだない）は、行を削除し、募集した職種を選びます。',
          fields: postFields,
        },
        {
          path: 'recruitedOccupations',
          label: '募集した職種',
          control: 'checkbox',
          required: true,
          options: occupationOptions,
          hint: '派遣するポストがまだないときは、募集した職種をすべて選びます。',
          when: recruitsWithoutPost,
        },
      ],
    },
    {
      id: 'outsideArea',
      title: '区域外の確認',
      when: hasOutsideArea,
      description: [
        '協約の当事者または派遣先に、申請団体の都道府県の区域外の団体があります。申請はできますが、算定調書に記載されます。内容を確かめてください。',
      ],
      fields: [
        {
          path: 'outsideAreaWarnings',
          label: '区域外の団体',
          control: 'info',
          display: (data) => outsideAreaTexts(asDraft(data)).join('\n'),
        },
        {
          path: 'outsideAreaConfirmed',
          label: '区域外の団体が含まれることを確認しましたか',
          control: 'boolean',
          required: true,
          hint: '「はい」を選ぶと、算定調書に区域外の団体が記載されます。誤りなら、前の手順で団体を直します。',
        },
      ],
    },
    {
      id: 'amounts',
      title: '算定結果',
      kind: 'amounts',
      description: [
        '入力した内容から措置額を計算しました。行ごとの計算式、上限が適用されたかどうか、使った率と上限額を確かめてください。',
        '人件費・負担金は連携協約ごとに小計を示します。募集経費は協約に分けず、団体全体で1行です（上限は1団体・1年度あたり）。',
        `人件費・負担金の上限は、総務省資料では1人あたり${personCapText}程度です。計算に用いた1人・1年度あたりの上限額は「算定に用いた値」に示します。`,
      ],
      fields: [
        {
          path: 'personCapOverride',
          label: '1人あたりの上限額（変更する場合）',
          control: 'yen',
          hint: `空欄なら、総務省資料の「1人あたり${personCapText}程度」による額（「算定に用いた値」に表示）で計算します。県や総務省から別の額を示されたときだけ入力します。例：5,500,000`,
          note: '入力すると、算定調書の「算定に用いた値」に「申請団体が入力した値」と記載されます。',
        },
      ],
    },
    {
      id: 'attachments',
      title: '添付書類',
      description: [
        '申請書と一緒に提出する書類を添付します。PDF・JPEG・PNG のファイルは、申請書の PDF の後ろに結合されます。',
      ],
      fields: [
        {
          path: 'attachments',
          label: '添付書類',
          control: 'attachment',
          options: plain(DISPATCH_ATTACHMENT_KINDS),
          hint: '連携協約書の写し、協定・覚書（協約に人数・期間の定めがない場合）、議会の議決書、告示、経費の内訳を添付します。',
        },
        remarksField,
      ],
    },
    reviewStep(),
    doneStep(),
  ],
  migrate: form.migrate,
  emptyData,
  draftTitle,
};

/** The definition, its text limits read from the schema. */
export const specialistDispatchDefinition = withSchemaLimits(form.fields, definition);

/** A fresh 連携協約 item: the objects its questions fill in exist, and two parties to fill in. */
export function emptyAgreement(): DraftAgreement {
  return {
    parties: [{}, {}],
    basicPolicy: {},
    roleSharing: {},
    expertise: {},
    staffAndPeriod: {},
  };
}

/**
 * A fresh draft. The objects the steps fill in exist from the start, so a missing answer is
 * reported at its own field (not at a parent object no field shows); one 協約 with two parties
 * and one post are there to fill in.
 */
export function emptyData(): Draft {
  return {
    applicant: {},
    contact: {},
    agreements: [emptyAgreement()],
    posts: [{}],
    recruitmentItems: [],
  };
}

/** 「長野県 令和8年度 専門人材派遣（3協約）」; parts not entered yet are left out. */
export function draftTitle(draft: Draft): string {
  const code = draft.applicant?.dantaiCode;
  const fiscalYear = draft.fiscalYear;
  const count = Array.isArray(draft.agreements) ? draft.agreements.length : 0;
  const parts = [
    typeof code === 'string' && code !== '' ? dantaiName(code) : undefined,
    typeof fiscalYear === 'number' && isKnownFiscalYear(fiscalYear)
      ? formatFiscalYear(fiscalYear)
      : undefined,
    count > 1 ? `専門人材派遣（${count}協約）` : '専門人材派遣',
  ];
  return parts.filter(Boolean).join(' ');
}
