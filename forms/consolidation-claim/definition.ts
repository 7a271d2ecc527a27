// 複数団体による公共施設の集約化・複合化等 as data for the engine: steps, questions, and when each
// is asked. The rules themselves (eligibility, amounts, messages) live in @koiki/schemas; the schema
// and the calculator join this outline in index.ts, so that drawing the first step does not wait for
// their code.
import { type FieldDefinition, type FormOutline, revealUnder } from '@koiki/engine';
import {
  CONSOLIDATION_ATTACHMENT_KINDS,
  CONSOLIDATION_METHODS,
  CONSOLIDATION_STAGES,
  type Consolidation,
  type ConsolidationMethod,
  type ConsolidationStage,
  completionFiscalYear,
  consolidationIdentity,
  excludedFacilityTypesText,
  FACILITY_TYPES,
  FRAMEWORKS,
  formatFiscalYear,
  isKnownFiscalYear,
  PARTY_KINDS,
  type PartyKind,
  RESEARCH_CATEGORIES,
  SMOOTHING_CATEGORIES,
  TARGET_FACILITY_KINDS,
} from '@koiki/schemas';
import { attachmentsStep, doneStep, reviewStep } from '../closing-steps.ts';
import { dantaiName } from '../dantai-names.ts';
import { letterFields } from '../letter-fields.ts';
import { plain } from '../plain-options.ts';
import {
  claimOf,
  claimsSmoothing,
  completionText,
  type Draft,
  type DraftInitiative,
  type DraftParty,
  floorAreaText,
  initiativeLabel,
  initiativesIn,
  initiativesText,
  isFunctionIntegration,
  partyCountText,
  rulesOf,
  smoothingWindowText,
  stagesText,
  stageTerms,
} from './answers.ts';

const form = consolidationIdentity;

const methodLabels: Record<ConsolidationMethod, string> = {
  集約化: '集約化（同じ種類の施設を1つにまとめる）',
  複合化: '複合化（種類の違う施設を1つの建物にまとめる）',
  機能統合: '機能統合（建物を建てず、ある施設に他の施設の機能をまとめる）',
};

const partyKindLabels: Record<PartyKind, string> = {
  地方公共団体: '都道府県・市区町村',
  '一部事務組合・広域連合': '一部事務組合・広域連合',
};

const stageLabels: Record<ConsolidationStage, string> = {
  調査検討経費: '(1) 調査検討経費（集約化等に向けた調査・分析、協議会の開催、有識者の招聘など）',
  円滑化経費:
    '(2) 円滑化経費（集約化等の完了後の住民への広報・説明会、移転、備品、住民の移動費用、激変緩和など）',
};

// The terms of the rule row in force now, for texts that are not tied to one claim's year.
const currentRules = rulesOf({});
const currentTerms = stageTerms(currentRules);
const minimumParties = currentRules.minimumParties.value;

const dateHint = '例：令和8年4月1日（西暦 2026-04-01 でも入力できます）';
const yenHint = (example: string) =>
  `円単位で入力します。「600万」のようにも入力できます。例：${example}`;
const dantaiHint = '団体名・ふりがな・団体コードで探せます。';
const floorAreaHint = (example: string) =>
  `平方メートル（㎡）の数で、小数点以下2桁まで入力できます。例：${example}`;

const partyFields: FieldDefinition<DraftParty>[] = [
  ...revealUnder<DraftParty>(
    {
      path: 'kind',
      label: '団体の種類',
      control: 'radio',
      required: true,
      options: PARTY_KINDS.map((value) => ({ value, label: partyKindLabels[value] })),
    },
    {
      answer: '一部事務組合・広域連合',
      fields: [
        {
          path: 'name',
          label: '一部事務組合・広域連合の名称',
          control: 'text',
          required: true,
          hint: '例：秋田地域スポーツ施設組合',
        },
      ],
    },
  ),
  {
    // One question for the party's code: a 団体 from the list, or the 6-digit code of a
    // 一部事務組合・広域連合 (not in the list) typed into the same box.
    path: 'dantaiCode',
    label: '参加する団体',
    control: 'dantai',
    required: true,
    hint: `${dantaiHint}例：長崎県、ながさきけん、420000。一部事務組合・広域連合は一覧にないため、団体コード（6桁）を入力します。例：058017`,
  },
  {
    path: 'role',
    label: 'この取組での役割',
    control: 'text',
    required: true,
    hint: '例：集約元施設（県立図書館）の設置者・共同運営',
  },
];

const sourceFacilityFields: FieldDefinition<unknown>[] = [
  {
    path: 'name',
    label: '施設名',
    control: 'text',
    required: true,
    hint: '例：大村市立図書館',
  },
  {
    path: 'ownerCode',
    label: '設置団体',
    control: 'dantai',
    required: true,
    hint: `申請団体か参加団体のどれかです。${dantaiHint}例：大村市`,
  },
  {
    path: 'type',
    label: '施設類型',
    control: 'select',
    required: true,
    options: plain(FACILITY_TYPES),
    note: `${excludedFacilityTypesText(currentRules)}の施設は、円滑化経費の対象外です（調査検討経費は対象です）。`,
  },
  {
    path: 'floorArea',
    label: '延床面積（㎡）',
    control: 'decimal',
    required: true,
    hint: floorAreaHint('3280.15'),
  },
  {
    path: 'closureDate',
    label: '供用廃止（予定）日',
    control: 'date',
    hint: `決まっていなければ空欄のままにします。${dateHint}`,
  },
];

const costFields = (
  categories: readonly string[],
  example: { description: string; amount: string },
): FieldDefinition<unknown>[] => [
  {
    path: 'category',
    label: '区分',
    control: 'select',
    required: true,
    options: plain(categories),
  },
  {
    path: 'description',
    label: '経費の内容',
    control: 'text',
    required: true,
    hint: `例：${example.description}`,
  },
  {
    path: 'amount',
    label: '金額',
    control: 'yen',
    required: true,
    hint: yenHint(example.amount),
    total: true,
  },
];

const earlierReceiptFields: FieldDefinition<unknown>[] = [
  {
    path: 'fiscalYear',
    label: '年度',
    control: 'fiscal-year',
    required: true,
    hint: '例：令和7年度（2025 でも入力できます）',
  },
  {
    path: 'amount',
    label: '措置された額',
    control: 'yen',
    required: true,
    hint: yenHint('18,000,000'),
    total: true,
  },
];

const targetFacilityFields: FieldDefinition<DraftInitiative>[] = [
  {
    // Gives the 集約先 as a whole one place on the page: a decided 集約先 not entered at all is
    // reported here, and when the 集約先 is not decided its old answers are dropped with it.
    path: 'targetFacility',
    label: '集約先の施設',
    control: 'info',
    display: () => '集約先の施設について、次の欄に入力します。',
  },
  {
    path: 'targetFacility.kind',
    label: '集約先の施設は新設ですか、既存の施設ですか',
    control: 'radio',
    required: true,
    options: plain(TARGET_FACILITY_KINDS),
  },
  {
    path: 'targetFacility.name',
    label: '集約先の施設名',
    control: 'text',
    required: true,
    hint: '整備中なら仮称で入力します。例：（仮称）県市一体型図書館',
  },
  {
    path: 'targetFacility.ownerCode',
    label: '集約先の設置団体',
    control: 'dantai',
    required: true,
    hint: `申請団体か参加団体のどれかです。${dantaiHint}例：大村市`,
  },
  {
    path: 'targetFacility.type',
    label: '集約先の施設類型',
    control: 'select',
    required: true,
    options: plain(FACILITY_TYPES),
  },
  {
    path: 'targetFacility.floorArea',
    label: '集約先の延床面積（㎡）',
    control: 'decimal',
    required: true,
    hint: floorAreaHint('9860'),
  },
  {
    path: 'targetFacility.serviceStartDate',
    label: '集約先の供用開始（予定）日',
    control: 'date',
    required: (initiative) => claimsSmoothing(initiative) && !isFunctionIntegration(initiative),
    hint: `この日が属する年度が集約化等完了年度になります。円滑化経費を申請するときは必須です（機能統合では入力しなくてもかまいません）。${dateHint}`,
  },
];

/** The questions of one 取組, paths relative to it; `root` is the whole claim. */
const initiativeFields: FieldDefinition<DraftInitiative>[] = [
  {
    path: 'name',
    label: '取組の名称',
    control: 'text',
    required: true,
    hint: '例：県立・市立図書館の集約による県市一体型図書館の整備',
  },
  ...revealUnder<DraftInitiative>(
    {
      path: 'method',
      label: '手法',
      control: 'radio',
      required: true,
      options: CONSOLIDATION_METHODS.map((value) => ({ value, label: methodLabels[value] })),
    },
    {
      answer: '機能統合',
      fields: [
        {
          path: 'integrationDecisionDate',
          label: '機能統合を決定した日',
          control: 'date',
          required: claimsSmoothing,
          hint: `協定の締結日など、参加団体が機能統合を決めた日です。この日が属する年度が集約化等完了年度になります（円滑化経費を申請するときは必須）。${dateHint}`,
        },
      ],
    },
  ),
  {
    path: 'applicantRole',
    label: '申請団体の役割',
    control: 'text',
    required: true,
    hint: '例：集約先施設の設置・運営',
  },
  {
    path: 'otherParties',
    label: '参加する団体（申請団体のほか）',
    control: 'rows',
    required: true,
    hint: '申請団体のほかに参加する団体を、1行に1団体ずつ入力します。',
    fields: partyFields,
  },
  {
    path: 'partyCount',
    label: '参加団体の数',
    control: 'info',
    display: (initiative, root) => partyCountText(initiative, claimOf(root)),
  },
  ...revealUnder<DraftInitiative>(
    {
      path: 'framework',
      label: '連携の枠組み',
      control: 'select',
      required: true,
      options: plain(FRAMEWORKS),
      note: '一部事務組合・広域連合も参加団体として1団体に数えます。',
    },
    {
      answer: 'その他',
      fields: [
        {
          path: 'frameworkOther',
          label: '連携の枠組み（その他の内容）',
          control: 'text',
          required: true,
          hint: '例：県と市の覚書に基づく検討会',
        },
      ],
    },
  ),
  {
    path: 'sourceFacilities',
    label: '集約元の施設',
    control: 'rows',
    required: true,
    hint: '集約・複合化・機能統合の対象となる施設を、1行に1施設ずつ入力します。設置団体は申請団体か参加団体のどれかです。集約先が既存の施設のときは、その施設も集約元に入れます（集約前と集約後の延床面積を正しく比べるためです）。',
    fields: sourceFacilityFields,
  },
  ...revealUnder<DraftInitiative>(
    {
      path: 'targetDecided',
      label: '集約先の施設は決まっていますか',
      control: 'boolean',
      required: true,
      note: '調査検討経費は、集約先や供用開始日が決まる前（調査検討の段階）でも申請できます。円滑化経費を申請するには、集約先が決まっている必要があります。',
    },
    { answer: true, fields: targetFacilityFields },
  ),
  {
    path: 'floorAreaChange',
    label: '延床面積の増減（参考）',
    control: 'info',
    display: (initiative) => floorAreaText(initiative),
    note: '公共施設等適正管理推進事業債（集約化・複合化事業）は、公共施設等総合管理計画に基づき、集約後に延床面積が減ることが要件です。この措置の申請には延床面積の減少は求められません。',
  },
  ...revealUnder<DraftInitiative>(
    {
      path: 'stages',
      label: '申請する措置区分',
      control: 'checkbox',
      required: true,
      hint: 'この取組について、この年度に申請する経費を選びます。両方を選ぶこともできます。',
      options: CONSOLIDATION_STAGES.map((value) => ({ value, label: stageLabels[value] })),
    },
    {
      answer: '調査検討経費',
      fields: [
        {
          path: 'researchItems',
          label: '調査検討経費',
          control: 'rows',
          required: true,
          hint: 'この取組のために支出した調査検討の経費を、内容ごとに1行ずつ入力します。',
          fields: costFields(RESEARCH_CATEGORIES, {
            description: '両図書館の利用実態調査と候補地の立地分析（委託）',
            amount: '6,600,000',
          }),
        },
      ],
    },
    {
      answer: '円滑化経費',
      fields: [
        {
          path: 'smoothingEligibility',
          label: '円滑化経費の対象施設',
          control: 'info',
          display: (initiative, root) => stagesText(initiative, claimOf(root)),
        },
        {
          path: 'completionFiscalYear',
          label: '集約化等完了年度',
          control: 'info',
          display: (initiative) => completionText(initiative),
          note: '集約先施設の供用開始日（機能統合では統合を決定した日）が属する年度です。入力した日付から決まります。',
        },
        {
          path: 'smoothingWindow',
          label: '円滑化経費を申請できる年度',
          control: 'info',
          display: (initiative, root) => smoothingWindowText(initiative, claimOf(root)),
        },
        {
          path: 'smoothingItems',
          label: '円滑化経費',
          control: 'rows',
          required: true,
          hint: '対象年度に支出した経費を、内容ごとに1行ずつ入力します。',
          fields: costFields(SMOOTHING_CATEGORIES, {
            description: '新図書館の利用案内の作成・配布と地区別説明会',
            amount: '2,400,000',
          }),
        },
        {
          path: 'earlierReceipts',
          label: '前年度までに措置された円滑化経費',
          control: 'rows',
          hint: 'この取組について前の年度に措置された額を、年度ごとに1行ずつ入力します。初年度なら行を追加せずに進みます。',
          fields: earlierReceiptFields,
        },
      ],
    },
  ),
];

/** Every 取組 of the claim, each a group of the questions above. */
const initiativesField: FieldDefinition<Draft> = {
  path: 'initiatives',
  label: '取組',
  control: 'sections',
  required: true,
  itemLabel: initiativeLabel,
  addLabel: '＋ 取組を追加',
  newItem: emptyInitiative,
  fields: initiativeFields,
};

/** The form's steps and questions, without its contract (see index.ts). */
export const consolidationClaimOutline: FormOutline<Consolidation> = {
  id: form.id,
  title: form.title,
  schemaVersion: form.schemaVersion,
  steps: [
    {
      id: 'intro',
      title: 'はじめに',
      kind: 'intro',
      description: [
        '複数の地方公共団体が、それぞれの公共施設を集約化・複合化・機能統合するときの特別交付税措置（複数団体による公共施設の集約化・複合化等に係る特別交付税措置、令和7年度～）を申請します。',
        `1つの申請には、申請団体がこの年度に参加するすべての取組をまとめます。申請団体を含めて${minimumParties}団体以上が参加する取組が対象です。都道府県と市町村の組合せ（県立と市立の図書館など）や、一部事務組合・広域連合が加わる取組も入力できます。`,
        `措置は2段階です。(1) 調査検討経費：集約化等に向けた調査・分析、協議会の開催、有識者の招聘などの経費。${currentTerms.調査検討経費}。(2) 円滑化経費：集約化等の完了後の住民への広報・説明会、移転、備品、住民の移動費用、激変緩和などの経費。${currentTerms.円滑化経費}。${excludedFacilityTypesText(currentRules)}の施設は円滑化経費の対象外です。`,
        '手元に用意するもの：取組の協議の記録や協定書、参加団体の役割分担、対象施設の延床面積と供用廃止・供用開始の日、経費の内訳、前年度までに措置された円滑化経費の額。',
        '入力した内容は、このパソコンのブラウザに下書きとして自動で保存されます。続きは下書きの一覧から再開できます。',
      ],
      fields: [],
    },
    {
      id: 'applicant',
      title: '申請団体と担当者',
      description: ['申請する団体と対象年度、問い合わせを受ける担当者を入力します。'],
      fields: [
        {
          path: 'applicant.dantaiCode',
          label: '申請団体',
          control: 'dantai',
          required: true,
          hint: `${dantaiHint}例：大村市、おおむらし、422053`,
        },
        {
          path: 'fiscalYear',
          label: '対象年度',
          control: 'fiscal-year',
          required: true,
          hint: '経費を支出した年度です。例：令和8年度（2026 でも入力できます）',
        },
        ...letterFields,
        {
          path: 'contact.department',
          label: '担当者の所属',
          control: 'text',
          required: true,
          hint: '例：教育委員会 教育政策課',
        },
        {
          path: 'contact.name',
          label: '担当者の氏名',
          control: 'text',
          required: true,
          hint: '例：松尾 恵',
          autocomplete: 'name',
        },
        {
          path: 'contact.phone',
          label: '電話番号',
          control: 'text',
          required: true,
          hint: '市外局番から入力します。例：0957-53-4111',
          autocomplete: 'work tel',
        },
        {
          path: 'contact.extension',
          label: '内線番号',
          control: 'text',
          hint: '数字のみ。例：371',
        },
        {
          path: 'contact.email',
          label: 'メールアドレス',
          control: 'text',
          required: true,
          hint: '例：kyoiku@city.omura.lg.jp',
          autocomplete: 'work email',
        },
      ],
    },
    {
      id: 'initiatives',
      title: '取組',
      description: [
        `申請団体がこの年度に参加する集約化等の取組を、1件ずつ入力します。2件以上あるときは「＋ 取組を追加」で加えます。各取組には、申請団体を含めて${minimumParties}団体以上の参加が必要です。`,
        `調査検討経費の上限は、1団体あたり、その年度のすべての取組の合計です（${currentTerms.調査検討経費}）。集約先が決まる前の調査検討の段階でも申請できます。`,
      ],
      fields: [initiativesField],
    },
    {
      id: 'amounts',
      title: '算定結果',
      kind: 'amounts',
      description: [
        '入力した内容から措置額を計算しました。取組ごとに、措置区分ごとの計算式、上限が適用されたかどうか、使った率と上限額を確かめてください。',
        '調査検討経費の上限は1団体あたりで、この年度のすべての取組の合計に適用します。取組の順に上限まで割り当てるため、上限に達した後の取組の額は減ります。',
        '円滑化経費の上限は、集約化等1件・1団体あたりの対象期間の合計です。前年度までの措置額を差し引いた残りを上限として計算しています。',
      ],
      fields: [],
    },
    attachmentsStep(
      CONSOLIDATION_ATTACHMENT_KINDS,
      '協議の記録や協定書、対象施設の概要、公共施設等総合管理計画の該当部分、経費の内訳を添付します。',
    ),
    reviewStep(),
    doneStep(),
  ],
  // The 集約化等完了年度 of each 取組, in 取組 order: shown, never asked.
  derive: (data) => ({
    completionFiscalYears: initiativesIn(data).map((initiative) =>
      completionFiscalYear(initiative),
    ),
  }),
  // Versions 1–2 spread the one 取組 over five steps; each 取組 is asked on 'initiatives' now.
  formerSteps: {
    initiative: 'initiatives',
    facilities: 'initiatives',
    stages: 'initiatives',
    research: 'initiatives',
    smoothing: 'initiatives',
  },
  emptyData,
  draftTitle,
};

/**
 * A fresh draft with one 取組 ready to fill. The objects the steps fill in exist from the start,
 * so a missing answer is reported at its own field (not at a parent object no field shows); one
 * party, one facility and one cost row of each stage are there to fill in.
 */
export function emptyData(): Draft {
  return { applicant: {}, contact: {}, initiatives: [emptyInitiative()] };
}

/** One 取組 to fill in; the 集約先 is asked only once it is said to be decided. */
export function emptyInitiative(): DraftInitiative {
  return {
    otherParties: [{}],
    sourceFacilities: [{}],
    stages: [],
    researchItems: [{}],
    smoothingItems: [{}],
    earlierReceipts: [],
  };
}

/** 「大村市 令和9年度 集約化等（2件）」; parts not entered yet are left out. */
export function draftTitle(draft: Draft): string {
  const code = draft.applicant?.dantaiCode;
  const fiscalYear = draft.fiscalYear;
  const parts = [
    typeof code === 'string' && code !== '' ? dantaiName(code) : undefined,
    typeof fiscalYear === 'number' && isKnownFiscalYear(fiscalYear)
      ? formatFiscalYear(fiscalYear)
      : undefined,
    initiativesText(draft),
  ];
  return parts.filter(Boolean).join(' ');
}
