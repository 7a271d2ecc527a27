// Questions about the answers so far, shared by the questions (`when`, options, 'info' texts),
// the draft title and the PDF. Data may be half-typed, so everything reads it as a draft and never
// throws.
import type { FieldOption } from '@koiki/engine';
import { type DraftData, rulesOrLatest } from '@koiki/schemas';
import {
  COST_CATEGORIES,
  COST_GROUP_OF,
  type CostCategory,
  type CostGroup,
  categoriesOfGroups,
  isCostCategory,
  isTrainingKind,
  type TrainingClaim,
  type TrainingRules,
  trainingRules,
} from '@koiki/schemas/forms/training-claim';

export type Draft = DraftData<TrainingClaim>;
export type DraftChallenge = DraftData<TrainingClaim['challenges'][number]>;
export type DraftProgramme = DraftData<TrainingClaim['programmes'][number]>;
export type DraftParticipant = DraftData<NonNullable<TrainingClaim['participants']>[number]>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The claim as a draft: `root` of a question inside an item is typed unknown by the engine. */
export const claimOf = (root: unknown): Draft => (isObject(root) ? (root as Draft) : {});

/** (2) 広域研修: a 都道府県等's training that includes municipal staff. */
export const isWideArea = (data: Draft): boolean => data.trainingKind === '広域研修';

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The 課題 named so far, in order, each once. */
export function challengeNames(data: Draft): string[] {
  const list = Array.isArray(data.challenges) ? data.challenges : [];
  const names = list.map((challenge) => trimmed(isObject(challenge) ? challenge.name : ''));
  return [...new Set(names.filter((name) => name !== ''))];
}

/** A programme's 課題, chosen among those entered on the 基本方針 step. */
export function challengeOptions(data: Draft): FieldOption[] {
  return challengeNames(data).map((name, index) => ({
    value: name,
    label: `課題${index + 1}：${name}`,
  }));
}

/** 「課題 2：GX」: the heading of one item, with its name once entered. */
export function itemLabel(word: string, name: unknown, index: number): string {
  const text = trimmed(name);
  return text ? `${word} ${index + 1}：${text}` : `${word} ${index + 1}`;
}

/** Which 区分 a cost category is in; undefined for a value no longer on the list. */
export function costGroupOf(category: unknown): CostGroup | undefined {
  return isCostCategory(category) ? COST_GROUP_OF[category] : undefined;
}

/** 「研修開催経費（講師謝金、講師旅費、研修委託費）」. */
export function costGroupText(group: CostGroup): string {
  return `${group}（${categoriesOfGroups([group]).join('、')}）`;
}

/** The rules in force in the claim's fiscal year; the latest row before a year is chosen. */
export const rulesOf = (data: Draft): TrainingRules =>
  rulesOrLatest(trainingRules, data.fiscalYear);

/** The categories a cost line may choose: those of the 区分 the chosen kind may claim (all before a kind is chosen). */
export function categoriesFor(data: Draft): readonly CostCategory[] {
  const kind = data.trainingKind;
  if (!isTrainingKind(kind)) return COST_CATEGORIES;
  return categoriesOfGroups(rulesOf(data).kinds[kind].costGroups.value);
}
