// A tiny form module for testing the runner without the real claims.
import type { FormModule } from '@koiki/forms';
import type { ClaimResult } from '@koiki/schemas';
import { z } from 'zod';

const schema = z.object({
  name: z.string({ error: '団体名を入力してください。' }).min(1, '団体名を入力してください。'),
  amount: z.int().min(0).optional(),
  items: z
    .array(
      z.object({
        label: z.string({ error: '内容を入力してください。' }),
        cost: z.int().optional(),
      }),
    )
    .optional(),
});
type Sample = z.infer<typeof schema>;

function calculate(data: Sample): ClaimResult {
  const total = (data.items ?? []).reduce((sum, item) => sum + (item.cost ?? 0), data.amount ?? 0);
  return {
    lines: [
      {
        id: 'all',
        kind: 'research',
        label: '合計',
        recipient: '団体',
        path: '',
        base: total,
        rate: { numerator: 1, denominator: 1 },
        cap: total,
        amount: total,
        capped: false,
        explanation: `合計 ${total}円`,
      },
    ],
    claimable: true,
    totals: { yen: total, thousandYen: Math.round(total / 1000) },
    referenceTotals: { yen: total, thousandYen: Math.round(total / 1000) },
    issues: [],
    notes: [],
    parameters: { fiscalYear: 2026, fiscalYearLabel: '令和8年度', ruleTitle: null, used: [] },
  };
}

export const sampleModule: FormModule<Sample> = {
  definition: {
    id: 'sample-form',
    title: '試験用の様式',
    schemaVersion: 1,
    schema,
    emptyData: () => ({}),
    draftTitle: (data) => `${data.name ?? '無題'} 試験`,
    calculate,
    steps: [
      {
        id: 'intro',
        title: 'はじめに',
        kind: 'intro',
        fields: [],
        description: ['試験用の様式です。'],
      },
      {
        id: 'basics',
        title: '基本情報',
        fields: [
          { path: 'name', label: '団体名', control: 'text', required: true, hint: '例：川上村' },
          { path: 'amount', label: '金額', control: 'yen', hint: '例：600万' },
          {
            path: 'nameLength',
            label: '団体名の文字数',
            control: 'info',
            display: (scope) => `${String((scope as Sample).name ?? '').length}文字`,
          },
        ],
      },
      {
        id: 'items',
        title: '内訳',
        fields: [
          {
            path: 'items',
            label: '経費',
            control: 'rows',
            fields: [
              { path: 'label', label: '内容', control: 'text', required: true },
              { path: 'cost', label: '金額', control: 'yen' },
            ],
          },
        ],
      },
      { id: 'amounts', title: '算定結果', kind: 'amounts', fields: [] },
      { id: 'review', title: '確認', kind: 'review', fields: [] },
      { id: 'done', title: '完了', kind: 'done', fields: [] },
    ],
  },
  pdfDocument: async ({ payload }) => ({
    title: '試験',
    formId: payload.formId,
    schemaVersion: payload.schemaVersion,
    blocks: [],
    data: payload.data,
    meta: { author: '試験' },
  }),
  nextFiscalYear: { fiscalYearPaths: [], clearPaths: ['amount'] },
};
