// The questions of the 基本方針 step: the new 人材育成基本方針 and each 新たな政策課題 (an item of
// the 'sections' field `challenges`) with where requirement ① is written.
import type { FieldDefinition } from '@koiki/engine';
import { type Draft, type DraftChallenge, itemLabel } from './answers.ts';
import { dateHint, documentOptions, locationHint } from './question-texts.ts';

/** Where a requirement is written: the document, then its 章・頁. */
export function placeFields<Scope>(
  path: string,
  labels: { document: string; location: string },
  example: string,
): FieldDefinition<Scope>[] {
  return [
    {
      path: `${path}.document`,
      label: labels.document,
      control: 'radio',
      required: true,
      options: documentOptions,
    },
    {
      path: `${path}.location`,
      label: labels.location,
      control: 'text',
      required: true,
      hint: `${locationHint}例：${example}`,
    },
  ];
}

/** True when some requirement is said to be written in the 実施計画, whose name is then asked. */
export function usesImplementationPlan(data: Draft): boolean {
  const places = [
    ...(data.challenges ?? []).map((challenge) => challenge?.policyPlace),
    ...(data.programmes ?? []).flatMap((programme) => [
      programme?.contentPlace,
      programme?.targetPlace,
    ]),
  ];
  return places.some((place) => place?.document === '実施計画');
}

export const policyFields = (adoptedDateNote: string): FieldDefinition<Draft>[] => [
  {
    path: 'policy.name',
    label: '人材育成基本方針の名称',
    control: 'text',
    required: true,
    hint: '新たに策定した基本方針の名称です。例：小布施町人材育成基本方針',
  },
  {
    path: 'policy.adoptedDate',
    label: '人材育成基本方針の策定日',
    control: 'date',
    required: true,
    hint: dateHint,
    note: adoptedDateNote,
  },
  {
    path: 'policy.implementationPlanName',
    label: '基本方針の実施計画の名称',
    control: 'text',
    required: usesImplementationPlan,
    hint: '課題・研修内容・数値目標のどれかを実施計画に記載しているときに入力します。例：小布施町人材育成実施計画（令和7年度～令和9年度）',
  },
];

/** The questions of one 新たな政策課題, paths relative to it. */
export const challengeFields: FieldDefinition<DraftChallenge>[] = [
  {
    path: 'name',
    label: '新たな政策課題',
    control: 'text',
    required: true,
    hint: '団体として特に解決が必要と考える課題です。例：ＧＸ（脱炭素）の推進、スタートアップ支援、インバウンド戦略、多文化共生',
  },
  {
    path: 'planName',
    label: '課題を重点として明示した中長期的な計画等の名称',
    control: 'text',
    required: true,
    hint: '例：第六次小布施町総合計画',
  },
  {
    path: 'planLocation',
    label: '中長期的な計画等での記載箇所',
    control: 'text',
    required: true,
    hint: `${locationHint}例：基本計画 第2章 3(1)・24頁`,
  },
  ...placeFields<DraftChallenge>(
    'policyPlace',
    { document: '課題を位置づけた文書（要件①）', location: '課題を位置づけた記載箇所' },
    '第3章 1・8頁',
  ),
];

/** Every 課題 of the claim, each a group of the questions above. */
export const challengesField: FieldDefinition<Draft> = {
  path: 'challenges',
  label: '新たな政策課題',
  control: 'sections',
  required: true,
  addLabel: '＋ 課題を追加',
  newItem: () => ({ policyPlace: {} }),
  itemLabel: (item: DraftChallenge, index: number) => itemLabel('課題', item?.name, index),
  fields: challengeFields,
};
