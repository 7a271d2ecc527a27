// The questions of one 連携協約 (an item of the 'sections' field `agreements`), with paths
// relative to the item: name, parties, dates, 届出先 (derived), contents with their 条, and the
// 協定・覚書 revealed when the 協約 leaves out 人数・期間.
import { type FieldDefinition, revealUnder } from '@koiki/engine';
import { type DraftAgreement, notificationText } from './answers.ts';
import { dateHint } from './question-texts.ts';

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

/** One 連携協約's questions, relative to its item in `agreements`. */
export const agreementFields: FieldDefinition<DraftAgreement>[] = [
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
