// 連携協約に基づく専門人材派遣 as data for the engine: steps, questions, and when each is asked.
// The rules themselves (eligibility, amounts, messages) live in @koiki/schemas; the schema and the
// calculator join this outline in index.ts, so that drawing the first step does not wait for their code.
import type { FormOutline } from '@koiki/engine';
import {
  DISPATCH_ATTACHMENT_KINDS,
  DISPATCH_ROLES,
  type DispatchRole,
  formatFiscalYear,
  isKnownFiscalYear,
  type SpecialistDispatch,
  specialistDispatchIdentity,
} from '@koiki/schemas';
import { attachmentsStep, doneStep, reviewStep } from '../closing-steps.ts';
import { dantaiName } from '../dantai-names.ts';
import { letterFields } from '../letter-fields.ts';
import { agreementFields, emptyAgreement } from './agreement-questions.ts';
import {
  type Draft,
  type DraftAgreement,
  hasOutsideArea,
  isSender,
  outsideAreaTexts,
  recruitsWithoutPost,
} from './answers.ts';
import { postFields, recruitmentFields } from './post-questions.ts';
import {
  asDraft,
  excludedOccupations,
  occupationOptions,
  personCapText,
} from './question-texts.ts';

const form = specialistDispatchIdentity;

const roleLabels: Record<DispatchRole, string> = {
  派遣元: '派遣元（職員を確保し、派遣する都道府県等）',
  派遣先: '派遣先（職員を受け入れる市町村）',
};

/** The form's steps and questions, without its contract (see index.ts). */
export const specialistDispatchOutline: FormOutline<SpecialistDispatch> = {
  id: form.id,
  title: form.title,
  schemaVersion: form.schemaVersion,
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
    attachmentsStep(
      DISPATCH_ATTACHMENT_KINDS,
      '連携協約書の写し、協定・覚書（協約に人数・期間の定めがない場合）、議会の議決書、告示、経費の内訳を添付します。',
    ),
    reviewStep(),
    doneStep(),
  ],
  // Version 1 asked the one 協約 on 'agreement' and the 派遣先 on 'recipient' (now each post's).
  formerSteps: { agreement: 'agreements', recipient: 'posts' },
  emptyData,
  draftTitle,
};

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
