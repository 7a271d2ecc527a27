// Texts and choices the specialist-dispatch questions share: hints, option lists, the rule row
// for wording not tied to one claim's year.
import type { FieldOption } from '@koiki/engine';
import { type DispatchForm, formatYenAmount, OCCUPATIONS, type Occupation } from '@koiki/schemas';
import { type Draft, rulesOf } from './answers.ts';

// A row field's `root` is typed unknown by the engine; it is always the whole form data.
export const asDraft = (root: unknown): Draft => (root ?? {}) as Draft;

export { plain } from '../plain-options.ts';

export const dispatchFormLabels: Record<DispatchForm, string> = {
  自治法派遣: '自治法派遣（地方自治法第252条の17。給与等は派遣先が負担）',
  その他: '自治法派遣以外（給与等は派遣元が負担）',
};

// The rule row in force now, for texts that are not tied to one claim's year.
const currentRules = rulesOf({});

export const excludedOccupations: readonly Occupation[] = currentRules.excludedOccupations.map(
  (excluded) => excluded.occupation,
);

export const occupationOptions: FieldOption[] = OCCUPATIONS.map((value) => ({
  value,
  label: excludedOccupations.includes(value) ? `${value}（この措置の対象外）` : value,
}));

export const personCapText = formatYenAmount(currentRules.personCap.value);

export const dateHint = '例：令和8年4月1日（西暦 2026-04-01 でも入力できます）';
export const yenHint = (example: string) =>
  `円単位で入力します。「600万」のようにも入力できます。例：${example}`;
