// 新たな政策課題に関する人材育成の研修 as data for the engine: steps, questions, and when each is
// asked. The rules themselves (eligibility, amounts, messages) live in
// @koiki/schemas/forms/training-claim; the schema and the calculator join this outline in index.ts,
// so that drawing the first step does not wait for their code.
import type { FormOutline } from '@koiki/engine';
import { formatFiscalYear, isKnownFiscalYear } from '@koiki/schemas';
import {
  TRAINING_ATTACHMENT_KINDS,
  TRAINING_KINDS,
  type TrainingClaim,
  type TrainingKind,
  trainingClaimIdentity,
} from '@koiki/schemas/forms/training-claim';
import { attachmentsStep, doneStep, reviewStep } from '../closing-steps.ts';
import { dantaiName } from '../dantai-names.ts';
import { letterFields } from '../letter-fields.ts';
import { type Draft, isWideArea } from './answers.ts';
import { costFields } from './cost-questions.ts';
import { challengesField, policyFields } from './policy-questions.ts';
import { emptyProgramme, participantsField, programmesField } from './programme-questions.ts';
import { dantaiHint } from './question-texts.ts';
import { measureTexts } from './rule-texts.ts';

const form = trainingClaimIdentity;
const texts = measureTexts();

const kindLabels: Record<TrainingKind, string> = {
  自団体職員向け: '(1) 自団体職員向けの研修（申請団体の職員のための研修の開催・受講）',
  広域研修: '(2) 広域研修（都道府県等が市町村の職員を含めて開催する研修）',
};

/** The form's steps and questions, without its contract (see index.ts). */
export const trainingClaimOutline: FormOutline<TrainingClaim> = {
  id: form.id,
  title: form.title,
  schemaVersion: form.schemaVersion,
  steps: [
    {
      id: 'intro',
      title: 'はじめに',
      kind: 'intro',
      description: [
        `地方公共団体が、総務省の「人材育成・確保基本方針策定指針」を参考に新たに策定した人材育成基本方針に基づいて、新たな政策課題に係る研修を行うときの特別交付税措置（${texts.since}～）を申請します。`,
        '新たな政策課題とは、団体ごとに特に解決が必要と考える課題です（例：ＧＸ、スタートアップ支援、インバウンド戦略、多文化共生）。',
        '次の①～③をすべて満たす研修が対象です。① 課題が中長期的な計画等に重点として明示され、新たに策定した基本方針（又はその実施計画）に位置づけられている。② 研修の目的・スケジュール等の研修内容が、体系的な研修プログラムとして基本方針（又は実施計画）に明示されている。③ 育成する職員数の数値目標が設定されている。',
        texts.ownStaff,
        texts.wideArea,
        '手元に用意するもの：人材育成基本方針（と実施計画）、課題を明示した中長期的な計画等、研修の実施要領・日程表、経費の内訳。広域研修では、参加市町村の基本方針と数値目標。',
        '入力した内容は、このパソコンのブラウザに下書きとして自動で保存されます。続きは下書きの一覧から再開できます。',
      ],
      fields: [],
    },
    {
      id: 'applicant',
      title: '申請団体と担当者',
      description: ['申請する団体、対象年度と研修の区分、問い合わせを受ける担当者を入力します。'],
      fields: [
        {
          path: 'applicant.dantaiCode',
          label: '申請団体',
          control: 'dantai',
          required: true,
          hint: `${dantaiHint}例：小布施町、おぶせまち、205419`,
        },
        {
          path: 'fiscalYear',
          label: '対象年度',
          control: 'fiscal-year',
          required: true,
          hint: '研修の経費を支出した年度です。例：令和8年度（2026 でも入力できます）',
        },
        {
          path: 'trainingKind',
          label: '研修の区分',
          control: 'radio',
          required: true,
          options: TRAINING_KINDS.map((value) => ({ value, label: kindLabels[value] })),
          note: texts.kindNote,
        },
        ...letterFields,
        {
          path: 'contact.department',
          label: '担当者の所属',
          control: 'text',
          required: true,
          hint: '例：総務課 人事係',
        },
        {
          path: 'contact.name',
          label: '担当者の氏名',
          control: 'text',
          required: true,
          hint: '例：宮本 千尋',
          autocomplete: 'name',
        },
        {
          path: 'contact.phone',
          label: '電話番号',
          control: 'text',
          required: true,
          hint: '市外局番から入力します。例：026-247-3111',
          autocomplete: 'work tel',
        },
        {
          path: 'contact.extension',
          label: '内線番号',
          control: 'text',
          hint: '数字のみ。例：215',
        },
        {
          path: 'contact.email',
          label: 'メールアドレス',
          control: 'text',
          required: true,
          hint: '例：somu@town.obuse.example.lg.jp',
          autocomplete: 'work email',
        },
      ],
    },
    {
      id: 'policy',
      title: '基本方針と課題',
      description: [
        '研修の根拠となる、新たに策定した人材育成基本方針と、研修で取り組む新たな政策課題を入力します。',
        '課題ごとに、重点として明示した中長期的な計画等と、その課題を基本方針（又は実施計画）のどこに位置づけたか（要件①）を答えます。課題が2つ以上あるときは「＋ 課題を追加」で加えます。',
      ],
      fields: [...policyFields(texts.adoptedDateNote), challengesField],
    },
    {
      id: 'programmes',
      title: '研修プログラム',
      description: [
        '基本方針（又は実施計画）に明示した研修プログラムを、1件ずつ入力します。研修の目的・スケジュール・対象職員と、研修内容（要件②）・育成する職員数の数値目標（要件③）の記載箇所を答えます。',
        '2件以上あるときは「＋ 研修プログラムを追加」で加えます。',
      ],
      fields: [programmesField],
    },
    {
      id: 'participants',
      title: '参加市町村',
      when: isWideArea,
      description: [
        '広域研修に職員が参加する市町村を、1団体ずつ入力します。研修プログラムに明示した各市町村の数値目標と、市町村が新たに策定した人材育成基本方針を答えます。',
        '参加する市町村も、それぞれ要件①～③を満たす必要があります。',
      ],
      fields: [participantsField],
    },
    {
      id: 'costs',
      title: '対象経費',
      description: [texts.costs],
      fields: costFields,
    },
    {
      id: 'amounts',
      title: '算定結果',
      kind: 'amounts',
      description: [
        `入力した対象経費から措置額を計算しました。${texts.amounts}`,
        '区分ごとの計算式と合計、使った率と上限の扱いを確かめてください。',
      ],
      fields: [],
    },
    attachmentsStep(
      TRAINING_ATTACHMENT_KINDS,
      '人材育成基本方針（と実施計画）、課題を明示した中長期的な計画等の該当部分、研修の実施要領・日程表、経費の内訳を添付します。',
    ),
    reviewStep(),
    doneStep(),
  ],
  emptyData,
  draftTitle,
};

/**
 * A fresh draft. The objects the steps fill in exist from the start, so a missing answer is
 * reported at its own field (not at a parent object no field shows); one 課題, one programme and
 * one cost row are there to fill in, and one participating 市町村 (asked only for a 広域研修).
 */
export function emptyData(): Draft {
  return {
    applicant: {},
    contact: {},
    policy: {},
    challenges: [{ policyPlace: {} }],
    programmes: [emptyProgramme()],
    participants: [{}],
    costItems: [{}],
  };
}

/** 「小布施町 令和8年度 人材育成研修」; parts not entered yet are left out. */
export function draftTitle(draft: Draft): string {
  const code = draft.applicant?.dantaiCode;
  const fiscalYear = draft.fiscalYear;
  const parts = [
    typeof code === 'string' && code !== '' ? dantaiName(code) : undefined,
    typeof fiscalYear === 'number' && isKnownFiscalYear(fiscalYear)
      ? formatFiscalYear(fiscalYear)
      : undefined,
    isWideArea(draft) ? '人材育成研修（広域）' : '人材育成研修',
  ];
  return parts.filter(Boolean).join(' ');
}
