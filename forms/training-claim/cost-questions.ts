// The cost step: one row per cost line (category, 内容, 金額 with the column total), and the
// sums by 区分 shown under the table.
import type { FieldDefinition } from '@koiki/engine';
import { formatYenAmount } from '@koiki/schemas';
import { COST_GROUPS, categoriesOfGroups } from '@koiki/schemas/forms/training-claim';
import { categoriesFor, claimOf, costGroupOf, type Draft } from './answers.ts';
import { plain, yenHint } from './question-texts.ts';

const costItemFields: FieldDefinition<unknown>[] = [
  {
    path: 'category',
    label: '経費の区分',
    control: 'select',
    required: true,
    // Only the categories the chosen kind may claim (広域研修: 研修開催経費); a value chosen before
    // the kind changed stays shown, and the schema says why it no longer counts.
    optionsFrom: (_row, root) => plain(categoriesFor(claimOf(root))),
  },
  {
    path: 'description',
    label: '経費の内容',
    control: 'text',
    required: true,
    hint: '例：ＧＸ推進リーダー育成研修 講師謝金（3回分）',
  },
  {
    path: 'amount',
    label: '金額',
    control: 'yen',
    required: true,
    hint: yenHint('180,000'),
    total: true,
  },
];

/** 「研修開催経費 420,000円、研修受講経費 96,000円」: the rows summed by 区分. */
export function costGroupsText(data: Draft): string {
  const items = Array.isArray(data.costItems) ? data.costItems : [];
  const sums = COST_GROUPS.map((group) => {
    const amounts = items
      .filter((item) => costGroupOf(item?.category) === group)
      .map((item) => item?.amount);
    const sum = amounts.reduce<number>(
      (total, amount) => total + (Number.isSafeInteger(amount) ? (amount as number) : 0),
      0,
    );
    return { group, count: amounts.length, sum };
  }).filter(({ count }) => count > 0);
  if (sums.length === 0) return '区分と金額を入力すると、区分ごとの合計をここに表示します。';
  return sums.map(({ group, sum }) => `${group} ${formatYenAmount(sum)}`).join('、');
}

export const costFields: FieldDefinition<Draft>[] = [
  {
    path: 'costItems',
    label: '対象経費',
    control: 'rows',
    required: true,
    hint: '対象年度に支出した経費を、内容ごとに1行ずつ入力します。',
    note: `経費の区分：${COST_GROUPS.map((group) => `${group}は${categoriesOfGroups([group]).join('・')}`).join('、')}。`,
    fields: costItemFields,
  },
  {
    path: 'costGroupTotals',
    label: '区分ごとの合計',
    control: 'info',
    display: (data) => costGroupsText(claimOf(data)),
  },
];
