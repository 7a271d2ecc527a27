// Questions about the answers so far, shared by the questions of one 取組 (`when`, the 'info'
// texts), the draft title and the PDF. A claim holds several 取組: each helper about a 取組 is given
// that 取組 (and the whole claim where it needs the applicant or the fiscal year). Data may be
// half-typed, so everything reads it as a draft and never throws.
import {
  type Consolidation,
  type ConsolidationRules,
  type ConsolidationStage,
  completionFiscalYear,
  completionOf,
  consolidationRules,
  type DraftData,
  excludedFacilityTypesText,
  floorAreaChange,
  formatFiscalYear,
  formatJapaneseDate,
  formatRate,
  formatYenAmount,
  isKnownFiscalYear,
  partyCount,
  rulesOrLatest,
  smoothingWindow,
} from '@koiki/schemas';
import { dantaiName } from '../dantai-names.ts';

export type Draft = DraftData<Consolidation>;
type Initiative = Consolidation['initiatives'][number];
export type DraftInitiative = DraftData<Initiative>;
export type DraftParty = DraftData<Initiative['otherParties'][number]>;

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && isKnownFiscalYear(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The claim as a draft: `root` of a question inside a 取組 is typed unknown by the engine. */
export const claimOf = (root: unknown): Draft => (isObject(root) ? (root as Draft) : {});

/** The 取組 entered so far (a broken item reads as an empty one). */
export function initiativesIn(data: Draft): DraftInitiative[] {
  const list = Array.isArray(data.initiatives) ? data.initiatives : [];
  return list.map((item) => (isObject(item) ? item : {}));
}

export const claims = (initiative: DraftInitiative, stage: ConsolidationStage): boolean =>
  Array.isArray(initiative.stages) && initiative.stages.includes(stage);

export const claimsResearch = (initiative: DraftInitiative): boolean =>
  claims(initiative, '調査検討経費');
export const claimsSmoothing = (initiative: DraftInitiative): boolean =>
  claims(initiative, '円滑化経費');

/** 機能統合 has no new building: its 完了年度 comes from the decision, not from 供用開始. */
export const isFunctionIntegration = (initiative: DraftInitiative): boolean =>
  initiative.method === '機能統合';

export const isJointBody = (party: DraftParty): boolean => party.kind === '一部事務組合・広域連合';

/** The rules in force in the claim's fiscal year; the latest row before a year is chosen. */
export const rulesOf = (data: Draft): ConsolidationRules =>
  rulesOrLatest(consolidationRules, data.fiscalYear);

/** 「取組 2：県立・市立図書館の集約」: the heading of one 取組 on the step, in errors and on 確認. */
export function initiativeLabel(initiative: DraftInitiative | undefined, index: number): string {
  const name = typeof initiative?.name === 'string' ? initiative.name.trim() : '';
  return name ? `取組 ${index + 1}：${name}` : `取組 ${index + 1}`;
}

/** 「経費の0.5（1団体あたり5,000,000円まで）」 from the rule table, for the texts that explain a stage. */
export function stageTerms(rules: ConsolidationRules): Record<ConsolidationStage, string> {
  const { research, smoothing } = rules;
  return {
    調査検討経費: `経費の${formatRate(research.rate.value)}（1団体あたり、その年度のすべての取組の合計で${formatYenAmount(research.capPerDantai.value)}まで）`,
    円滑化経費: `経費の${formatRate(smoothing.rate.value)}（集約化等1件・1団体あたり、完了年度から${smoothing.windowFiscalYears.value}年度間で合計${formatYenAmount(smoothing.capPerConsolidation.value)}まで）`,
  };
}

export const squareMetres = (value: number) =>
  `${value.toLocaleString('ja-JP', { maximumFractionDigits: 2 })}㎡`;

/** The change in total 延床面積 of one 取組, in words, with the 公適債 requirement as information. */
export function floorAreaText(initiative: DraftInitiative): string {
  if (initiative.targetDecided !== true) {
    return '集約先が決まると、集約前と集約後の延床面積の増減をここに表示します。';
  }
  const area = floorAreaChange(initiative);
  if (area.before === 0 || area.after === 0) {
    return '集約元と集約先の延床面積を入力すると、増減をここに表示します。';
  }
  const change =
    area.change < 0
      ? `${squareMetres(-area.change)} 減少`
      : area.change > 0
        ? `${squareMetres(area.change)} 増加`
        : '増減なし';
  const verdict = area.decreased
    ? '延床面積が減るため、公共施設等適正管理推進事業債（集約化・複合化事業）の要件のうち、延床面積の減少を満たします。'
    : '延床面積が減らないため、公共施設等適正管理推進事業債（集約化・複合化事業）は活用できません（この措置の申請には影響しません）。';
  return `集約前 ${squareMetres(area.before)} → 集約後 ${squareMetres(area.after)}（${change}）。${verdict}`;
}

/** 「申請団体を含めて3団体」: the 複数団体 requirement of one 取組 as answered so far. */
export function partyCountText(initiative: DraftInitiative, data: Draft): string {
  const minimum = rulesOf(data).minimumParties.value;
  const count = partyCount(initiative, data.applicant);
  if (count >= minimum) return `申請団体を含めて${count}団体が参加します。`;
  return `参加団体が申請団体だけです。申請団体を含めて${minimum}団体以上が必要です。`;
}

/** Facilities of one 取組 whose type 円滑化経費 excludes (the rule table's list), by name. */
export function excludedFacilities(initiative: DraftInitiative, data: Draft): string[] {
  const excluded = rulesOf(data).smoothing.excludedFacilityTypes.map((rule) => rule.type);
  const sources = Array.isArray(initiative.sourceFacilities) ? initiative.sourceFacilities : [];
  const target = initiative.targetDecided === true ? [initiative.targetFacility] : [];
  return [...sources, ...target].flatMap((facility) =>
    facility?.type !== undefined && excluded.includes(facility.type)
      ? [`${facility.name || '名称未入力の施設'}（${facility.type}）`]
      : [],
  );
}

/** Whether 円滑化経費 can cover the facilities of one 取組; names the excluded ones. */
export function stagesText(initiative: DraftInitiative, data: Draft): string {
  const excluded = excludedFacilities(initiative, data);
  if (excluded.length > 0) {
    return `${excluded.join('、')}は円滑化経費の対象外です。この取組で円滑化経費は申請できません（調査検討経費は申請できます）。`;
  }
  return `円滑化経費の対象外となる施設（${excludedFacilityTypesText(rulesOf(data))}）は含まれていません。`;
}

/** 「令和7年度（集約先施設の供用開始日 令和7年10月1日が属する年度）」: the derived 集約化等完了年度. */
export function completionText(initiative: DraftInitiative): string {
  const completion = completionOf(initiative);
  const source = isFunctionIntegration(initiative)
    ? '機能統合を決定した日（手法の下の欄）'
    : '集約先施設の供用開始（予定）日';
  if (completion.fiscalYear === undefined || completion.date === undefined) {
    return `${source}を入力すると、その日が属する年度をここに表示します。`;
  }
  return `${formatFiscalYear(completion.fiscalYear)}（${source}の${formatJapaneseDate(completion.date)}が属する年度）`;
}

/** 「令和7年度～令和11年度。令和9年度は3年度目です。」, or why this year is outside. */
export function smoothingWindowText(initiative: DraftInitiative, data: Draft): string {
  const completion = completionFiscalYear(initiative);
  const fiscalYear = data.fiscalYear;
  if (!isYear(completion) || !isYear(fiscalYear)) {
    return '集約化等完了年度と対象年度が決まると、円滑化経費を申請できる年度をここに表示します。';
  }
  const { first, last } = smoothingWindow(completion, rulesOf(data));
  const span = `${formatFiscalYear(first)}～${formatFiscalYear(last)}`;
  if (fiscalYear < first) return `${span}。${formatFiscalYear(fiscalYear)}はまだ対象になりません。`;
  if (fiscalYear > last)
    return `${span}。${formatFiscalYear(fiscalYear)}は対象期間を過ぎています。`;
  return `${span}。${formatFiscalYear(fiscalYear)}は${fiscalYear - first + 1}年度目です。`;
}

/** A party's name: a 一部事務組合・広域連合 by the name given, a 地方公共団体 from the list. */
export function partyName(party: DraftParty, names: (code: string) => string = dantaiName): string {
  if (isJointBody(party) && party.name) return party.name;
  return party.dantaiCode ? names(party.dantaiCode) : '';
}

/** 「集約化等（2件）」 for the draft title: the 取組 named so far, counted. */
export function initiativesText(data: Draft): string {
  const named = initiativesIn(data).filter(
    (initiative) => typeof initiative.name === 'string' && initiative.name.trim() !== '',
  ).length;
  return named > 0 ? `集約化等（${named}件）` : '集約化等';
}
