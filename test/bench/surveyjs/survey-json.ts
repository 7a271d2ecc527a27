// The specialist-dispatch example as a SurveyJS survey: the same questions, a posts table
// (matrixdynamic) and the same Japanese values, so both products render and print one claim.

type Json = Record<string, unknown>;

const text = (name: string, title: string, inputType?: string): Json => ({
  type: 'text',
  name,
  title,
  ...(inputType ? { inputType } : {}),
});
const stated = (name: string, title: string): Json[] => [
  { type: 'boolean', name: `${name}_stated`, title: `協約に${title}の定めがありますか` },
  text(`${name}_article`, `${title}を定めた条項`),
];
const dropdown = (name: string, title: string, choices: string[]): Json => ({
  type: 'dropdown',
  name,
  title,
  choices,
});

export const surveyPostsPage = 'posts';

/** The survey definition; `choices` lists come from the example so every value is valid. */
export function surveyJson(data: Json): Json {
  const posts = (data.posts ?? []) as Json[];
  const distinct = (key: string) => [...new Set(posts.map((p) => String(p[key])))];
  return {
    locale: 'ja',
    title: '連携協約に基づく専門人材派遣',
    pages: [
      {
        name: 'applicant',
        title: '申請団体',
        elements: [
          text('applicant_dantaiCode', '申請団体（団体コード）'),
          text('contact_department', '担当部署'),
          text('contact_name', '担当者名'),
          text('contact_phone', '電話番号', 'tel'),
          text('contact_extension', '内線'),
          text('contact_email', 'メールアドレス', 'email'),
          dropdown('fiscalYear', '対象年度', ['2024', '2025', '2026', '2027']),
          {
            type: 'radiogroup',
            name: 'role',
            title: '申請団体の立場',
            choices: ['派遣元', '派遣先'],
          },
        ],
      },
      {
        name: 'agreement',
        title: '連携協約',
        elements: [
          text('agreement_name', '連携協約の名称'),
          {
            type: 'matrixdynamic',
            name: 'agreement_parties',
            title: '協約の当事者',
            columns: [
              { name: 'dantaiCode', title: '団体コード', cellType: 'text' },
              { name: 'resolutionDate', title: '議決日', cellType: 'text', inputType: 'date' },
              { name: 'noticeDate', title: '告示日', cellType: 'text', inputType: 'date' },
            ],
          },
          text('agreement_concludedDate', '締結日', 'date'),
          text('agreement_notificationDate', '届出日', 'date'),
          ...stated('basicPolicy', '基本方針'),
          ...stated('roleSharing', '役割分担'),
          ...stated('expertise', '専門性'),
          ...stated('staffAndPeriod', '職員数・派遣期間'),
          text('memorandum_name', '覚書の名称'),
          text('memorandum_concludedDate', '覚書の締結日', 'date'),
        ],
      },
      {
        name: 'recipient',
        title: '派遣先',
        elements: [text('recipient_dantaiCode', '派遣先（団体コード）')],
      },
      {
        name: surveyPostsPage,
        title: '派遣職員・ポスト',
        elements: [
          {
            type: 'matrixdynamic',
            name: 'posts',
            title: '派遣する職員（ポスト）',
            columns: [
              { name: 'postName', title: 'ポスト', cellType: 'text' },
              { name: 'staffName', title: '職員名', cellType: 'text' },
              {
                name: 'occupation',
                title: '職種',
                cellType: 'dropdown',
                choices: distinct('occupation'),
              },
              {
                name: 'employment',
                title: '任用形態',
                cellType: 'dropdown',
                choices: distinct('employment'),
              },
              {
                name: 'dispatchForm',
                title: '派遣形態',
                cellType: 'dropdown',
                choices: distinct('dispatchForm'),
              },
              {
                name: 'periodFrom',
                title: '派遣期間（から）',
                cellType: 'text',
                inputType: 'date',
              },
              { name: 'periodTo', title: '派遣期間（まで）', cellType: 'text', inputType: 'date' },
              { name: 'firstDispatchYear', title: '初年度', cellType: 'boolean' },
              {
                name: 'personnelCost',
                title: '人件費（円）',
                cellType: 'text',
                inputType: 'number',
              },
              {
                name: 'contribution',
                title: '負担金（円）',
                cellType: 'text',
                inputType: 'number',
              },
            ],
          },
        ],
      },
      {
        name: 'costs',
        title: '募集経費',
        elements: [
          {
            type: 'matrixdynamic',
            name: 'recruitmentItems',
            title: '募集経費',
            columns: [
              { name: 'description', title: '経費の内容', cellType: 'text' },
              { name: 'amount', title: '金額（円）', cellType: 'text', inputType: 'number' },
            ],
          },
        ],
      },
    ],
  };
}

/** The example's data under the survey's question names. */
export function surveyData(data: Json): Json {
  const at = (path: string): unknown =>
    path.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], data);
  const flat: Json = {
    fiscalYear: String(data.fiscalYear),
    role: data.role,
    agreement_parties: at('agreement.parties'),
    posts: data.posts,
    recruitmentItems: data.recruitmentItems,
  };
  const paths = [
    'applicant.dantaiCode',
    'contact.department',
    'contact.name',
    'contact.phone',
    'contact.extension',
    'contact.email',
    'agreement.name',
    'agreement.concludedDate',
    'agreement.notificationDate',
    'agreement.memorandum.name',
    'agreement.memorandum.concludedDate',
    'recipient.dantaiCode',
  ];
  for (const path of paths)
    flat[path.replace(/^agreement\.memorandum/, 'memorandum').replace('.', '_')] = at(path);
  for (const key of ['basicPolicy', 'roleSharing', 'expertise', 'staffAndPeriod']) {
    flat[`${key}_stated`] = at(`agreement.${key}.stated`);
    flat[`${key}_article`] = at(`agreement.${key}.article`);
  }
  return flat;
}
