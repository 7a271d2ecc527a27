// Texts that explain the measure, worded from the rule table (rates, which 経費 each kind of
// training may claim, who is financed how, the 策定指針's date), never from figures written here.
import { formatFiscalYear, formatRate, formatWareki, rulesOrLatest } from '@koiki/schemas';
import {
  CLAIMED_ALLOCATION,
  COST_GROUPS,
  DANTAI_LEVELS,
  type TrainingKind,
  type TrainingRules,
  trainingRules,
} from '@koiki/schemas/forms/training-claim';
import { costGroupText } from './answers.ts';

/** The material's numbering of the two kinds of training. */
export const KIND_NUMBERS: Record<TrainingKind, string> = {
  自団体職員向け: '(1)',
  広域研修: '(2)',
};

/** 「市町村が申請します（措置率 0.5）。対象経費は…。都道府県は普通交付税で措置されるため…」. */
function kindText(rules: TrainingRules, kind: TrainingKind): string {
  const { rate, costGroups, allocation } = rules.kinds[kind];
  const claimants = DANTAI_LEVELS.filter((level) => allocation.value[level] === CLAIMED_ALLOCATION);
  const others = DANTAI_LEVELS.flatMap((level) => {
    const how = allocation.value[level];
    return how && how !== CLAIMED_ALLOCATION
      ? [`${level}は${how}で措置されるため、この様式では申請しません。`]
      : [];
  });
  return [
    `${KIND_NUMBERS[kind]} ${kind}：${claimants.join('・')}が申請します（${CLAIMED_ALLOCATION}、措置率${formatRate(rate.value)}）。`,
    `対象経費は${costGroups.value.map(costGroupText).join('と')}です。`,
    ...others,
  ].join('');
}

/** 「(2)は都道府県が申請します（対象経費は研修開催経費だけ）。」: who claims a kind, in short. */
function kindShortText(rules: TrainingRules, kind: TrainingKind): string {
  const { costGroups, allocation } = rules.kinds[kind];
  const claimants = DANTAI_LEVELS.filter((level) => allocation.value[level] === CLAIMED_ALLOCATION);
  const only =
    costGroups.value.length < COST_GROUPS.length
      ? `（対象経費は${costGroups.value.join('と')}だけ）`
      : '';
  const others = DANTAI_LEVELS.flatMap((level) => {
    const how = allocation.value[level];
    return how && how !== CLAIMED_ALLOCATION
      ? [`${level}の${kind}の研修は${how}で措置されるため、この様式の対象外です。`]
      : [];
  });
  return `${KIND_NUMBERS[kind]}は${claimants.join('・')}が申請します${only}。${others.join('')}`;
}

/** 「広域研修は研修開催経費だけ」: what each kind may claim, for the cost step. */
function costsText(rules: TrainingRules): string {
  const kinds = Object.keys(rules.kinds) as TrainingKind[];
  return `対象となる経費は研修の区分で決まります。${kinds
    .map((kind) => `${kind}は${rules.kinds[kind].costGroups.value.join('と')}`)
    .join('、')}が対象です。`;
}

/** The texts of the form, from the row in force now (the latest; a claim's own year is checked by the schema). */
export function measureTexts(rules: TrainingRules = rulesOrLatest(trainingRules, undefined)) {
  const first = trainingRules.rows[0];
  const rate = formatRate(rules.kinds.自団体職員向け.rate.value);
  return {
    since: first ? formatFiscalYear(first.fromFiscalYear) : '',
    ownStaff: kindText(rules, '自団体職員向け'),
    wideArea: `${kindText(rules, '広域研修')}都道府県等と参加する市町村のそれぞれが①～③を満たし、都道府県等の研修プログラムには、市町村を含む広域的な研修であることと、市町村の数値目標を明示します。`,
    kindNote: `${kindShortText(rules, '自団体職員向け')}${kindShortText(rules, '広域研修')}`,
    adoptedDateNote: `総務省「人材育成・確保基本方針策定指針」（${formatWareki(rules.guidelinePublished.value)}公表）を参考に新たに策定した基本方針が対象です。策定日がそれより前の基本方針に基づく研修は、この措置の対象になりません。`,
    costs: costsText(rules),
    amounts: `措置額は、経費の区分ごとに対象経費の合計に措置率（${rate}）を掛け、1円未満を切り捨てた額です。申請額はその合計で、千円単位の額は地方交付税法第22条により500円未満を切り捨て、500円以上を1,000円に切り上げます。${rules.cap.value === null ? '措置額に上限はありません（「算定に用いた値」に出典とともに表示します）。' : ''}`,
  };
}
