// Questions about the answers so far, shared by the steps (`when`), the 'info' texts and the PDF.
// Data may be half-typed, so everything reads it as a draft and never throws.
import {
  type Consolidation,
  type ConsolidationRules,
  type ConsolidationStage,
  completionFiscalYear,
  completionOf,
  consolidationRules,
  consolidationRuleTable,
  type DraftData,
  floorAreaChange,
  formatFiscalYear,
  formatJapaneseDate,
  formatRate,
  formatYen,
  partyCount,
  rulesFor,
  smoothingWindow,
} from '@koiki/schemas';
import { dantaiName } from '../dantai-names.ts';

export type Draft = DraftData<Consolidation>;
export type DraftParty = DraftData<Consolidation['otherParties'][number]>;

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1989 && value <= 9998;

export const claims = (data: Draft, stage: ConsolidationStage): boolean =>
  Array.isArray(data.stages) && data.stages.includes(stage);

export const claimsResearch = (data: Draft): boolean => claims(data, '調査検討経費');
export const claimsSmoothing = (data: Draft): boolean => claims(data, '円滑化経費');

/** 機能統合 has no new building: its 完了年度 comes from the decision, not from 供用開始. */
export const isFunctionIntegration = (data: Draft): boolean =>
  data.initiative?.method === '機能統合';

export const isJointBody = (party: DraftParty): boolean => party.kind === '一部事務組合・広域連合';

/** The rules in force in the claim's fiscal year; the latest row before a year is chosen. */
export function rulesOf(data: Draft): ConsolidationRules {
  if (isYear(data.fiscalYear)) {
    const lookup = rulesFor(consolidationRules, data.fiscalYear);
    if (lookup.ok) return lookup.rules;
  }
  const latest = consolidationRuleTable.at(-1);
  if (!latest) throw new Error('集約化等の算定表が空です。');
  return latest;
}

/** 「経費の0.5（1団体あたり5,000,000円まで）」 from the rule table, for the texts that explain a stage. */
export function stageTerms(rules: ConsolidationRules): Record<ConsolidationStage, string> {
  const { research, smoothing } = rules;
  return {
    調査検討経費: `経費の${formatRate(research.rate.value)}（1団体あたり${formatYen(research.capPerDantai.value)}円まで）`,
    円滑化経費: `経費の${formatRate(smoothing.rate.value)}（集約化等1件・1団体あたり、完了年度から${smoothing.windowFiscalYears.value}年度間で合計${formatYen(smoothing.capPerConsolidation.value)}円まで）`,
  };
}

const squareMetres = (value: number) =>
  `${value.toLocaleString('ja-JP', { maximumFractionDigits: 2 })}㎡`;

/** The change in total 延床面積, in words, with the 公適債 requirement as information. */
export function floorAreaText(data: Draft): string {
  const area = floorAreaChange(data);
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

/** 「申請団体を含めて3団体」: the 複数団体 requirement as the user has answered it so far. */
export function partyCountText(data: Draft): string {
  const minimum = rulesOf(data).minimumParties.value;
  const count = partyCount(data);
  if (count >= minimum) return `申請団体を含めて${count}団体が参加します。`;
  return `参加団体が申請団体だけです。申請団体を含めて${minimum}団体以上が必要です。`;
}

/** Facilities whose type 円滑化経費 excludes (公営住宅, 公営企業), by name. */
export function excludedFacilities(data: Draft): string[] {
  const excluded = rulesOf(data).smoothing.excludedFacilityTypes.map((rule) => rule.type);
  const facilities = [
    ...(Array.isArray(data.sourceFacilities) ? data.sourceFacilities : []),
    data.targetFacility,
  ];
  return facilities.flatMap((facility) =>
    facility?.type !== undefined && excluded.includes(facility.type)
      ? [`${facility.name || '名称未入力の施設'}（${facility.type}）`]
      : [],
  );
}

/** Whether 円滑化経費 can cover the facilities entered; names the excluded ones. */
export function stagesText(data: Draft): string {
  const excluded = excludedFacilities(data);
  if (excluded.length > 0) {
    return `${excluded.join('、')}は円滑化経費の対象外です。円滑化経費を申請するときは、対象施設の手順でこれらの施設を外してください。`;
  }
  return '円滑化経費の対象外となる施設（公営住宅・公営企業）は含まれていません。';
}

/** 「令和7年度（集約先施設の供用開始日 令和7年10月1日が属する年度）」: the derived 集約化等完了年度. */
export function completionText(data: Draft): string {
  const completion = completionOf(data);
  const source = isFunctionIntegration(data)
    ? '機能統合を決定した日（取組の概要の手順）'
    : '集約先施設の供用開始日（対象施設の手順）';
  if (completion.fiscalYear === undefined || completion.date === undefined) {
    return `${source}を入力すると、その日が属する年度をここに表示します。`;
  }
  return `${formatFiscalYear(completion.fiscalYear)}（${source}の${formatJapaneseDate(completion.date)}が属する年度）`;
}

/** 「令和7年度～令和11年度。令和9年度は3年度目です。」, or why this year is outside. */
export function smoothingWindowText(data: Draft): string {
  const completion = completionFiscalYear(data);
  const fiscalYear = data.fiscalYear;
  if (!isYear(completion) || !isYear(fiscalYear)) {
    return '集約化等完了年度を入力すると、円滑化経費を申請できる年度をここに表示します。';
  }
  const rules = rulesOf(data);
  const { first, last } = smoothingWindow(completion, rules);
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

/** The 取組's first facility names, for the draft title: 「県立図書館・市立図書館」. */
export function facilityNames(data: Draft, limit = 2): string {
  const names = (Array.isArray(data.sourceFacilities) ? data.sourceFacilities : [])
    .map((facility) => facility?.name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  const shown = names.slice(0, limit).join('・');
  return names.length > limit ? `${shown}ほか` : shown;
}
