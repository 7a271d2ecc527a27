// The questions of one 研修プログラム (an item of `programmes`, requirements ② and ③) and of one
// participating 市町村 of a 広域研修 (an item of `participants`).
import type { FieldDefinition } from '@koiki/engine';
import { dantaiName } from '../dantai-names.ts';
import {
  challengeOptions,
  claimOf,
  type Draft,
  type DraftParticipant,
  type DraftProgramme,
  isWideArea,
  itemLabel,
} from './answers.ts';
import { placeFields } from './policy-questions.ts';
import { dantaiHint, fiscalYearHint, staffCountHint } from './question-texts.ts';

/** The questions of one 研修プログラム, paths relative to it. */
export const programmeFields: FieldDefinition<DraftProgramme>[] = [
  {
    path: 'name',
    label: '研修プログラムの名称',
    control: 'text',
    required: true,
    hint: '例：ＧＸ推進リーダー育成研修',
  },
  {
    path: 'challengeName',
    label: 'この研修で取り組む新たな政策課題',
    control: 'select',
    required: true,
    hint: '「基本方針と課題」の手順で入力した課題から選びます。',
    optionsFrom: (_programme, root) => challengeOptions(claimOf(root)),
  },
  {
    path: 'purpose',
    label: '研修の目的',
    control: 'textarea',
    required: true,
    hint: '例：脱炭素の施策を企画・推進できる職員を育てる',
  },
  {
    path: 'schedule',
    label: '実施スケジュール',
    control: 'textarea',
    required: true,
    hint: '例：令和8年6月～令和9年2月に全6回（集合研修4回・eラーニング2回）',
  },
  {
    path: 'targetStaff',
    label: '対象職員',
    control: 'text',
    required: true,
    hint: '例：主事・主任級の一般行政職員',
  },
  ...placeFields<DraftProgramme>(
    'contentPlace',
    { document: '研修内容を明示した文書（要件②）', location: '研修内容の記載箇所' },
    '第4章 2・15頁',
  ),
  {
    path: 'staffTarget',
    label: '育成する職員数の数値目標（人）（要件③）',
    control: 'decimal',
    required: true,
    hint: staffCountHint('30'),
  },
  {
    path: 'targetFiscalYear',
    label: '数値目標の達成年度',
    control: 'fiscal-year',
    required: true,
    hint: fiscalYearHint('令和10年度', 2028),
  },
  ...placeFields<DraftProgramme>(
    'targetPlace',
    { document: '数値目標を設定した文書（要件③）', location: '数値目標の記載箇所' },
    '第4章 3・17頁',
  ),
  {
    path: 'wideAreaStated',
    label:
      'このプログラムに、市町村を含む広域的な研修であることと、市町村の数値目標を明示していますか',
    control: 'boolean',
    required: true,
    when: (_programme, root) => isWideArea(claimOf(root)),
    note: '広域研修では、都道府県等の研修プログラムに、市町村を含む広域的な研修であることと、自団体の数値目標に加えて市町村の数値目標を明示する必要があります。',
  },
];

/** Every 研修プログラム of the claim. */
export const programmesField: FieldDefinition<Draft> = {
  path: 'programmes',
  label: '研修プログラム',
  control: 'sections',
  required: true,
  addLabel: '＋ 研修プログラムを追加',
  newItem: emptyProgramme,
  itemLabel: (item: DraftProgramme, index: number) =>
    itemLabel('研修プログラム', item?.name, index),
  fields: programmeFields,
};

/** A programme to fill in: the objects its questions fill exist from the start. */
export function emptyProgramme(): DraftProgramme {
  return { contentPlace: {}, targetPlace: {} };
}

/** The questions of one participating 市町村, paths relative to it. */
export const participantFields: FieldDefinition<DraftParticipant>[] = [
  {
    path: 'dantaiCode',
    label: '参加する市町村',
    control: 'dantai',
    required: true,
    hint: `${dantaiHint}例：小布施町、おぶせまち、205419`,
  },
  {
    path: 'staffTarget',
    label: '研修プログラムに明示した、この市町村の数値目標（人）',
    control: 'decimal',
    required: true,
    hint: staffCountHint('5'),
  },
  {
    path: 'policyName',
    label: 'この市町村が新たに策定した人材育成基本方針の名称',
    control: 'text',
    required: true,
    hint: '例：小布施町人材育成基本方針',
  },
  {
    path: 'meetsRequirements',
    label: 'この市町村も要件①～③をすべて満たしていますか',
    control: 'boolean',
    required: true,
    note: '① 課題が中長期的な計画等に重点として明示され、新たに策定した基本方針（又は実施計画）に位置づけられている。② 研修内容（目的・スケジュール等）が基本方針（又は実施計画）に明示されている。③ 育成する職員数の数値目標が設定されている。',
  },
];

/** 「参加市町村 2：小布施町」. */
function participantLabel(item: DraftParticipant, index: number): string {
  const code = typeof item?.dantaiCode === 'string' ? item.dantaiCode : '';
  return itemLabel('参加市町村', code ? dantaiName(code) : '', index);
}

/** Every 市町村 whose staff join the 広域研修. */
export const participantsField: FieldDefinition<Draft> = {
  path: 'participants',
  label: '参加市町村',
  control: 'sections',
  required: true,
  addLabel: '＋ 参加市町村を追加',
  itemLabel: participantLabel,
  fields: participantFields,
};
