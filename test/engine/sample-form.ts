// A small form made for the engine tests: the real form schemas live in @koiki/schemas.
// zod/v4 resolves to zod 4 whichever zod version npm hoists to the top.
import type { FormDefinition } from '@koiki/engine';
import { z } from 'zod/v4';

const post = z
  .object({
    title: z.string().min(1, '職名を入力してください。'),
    salary: z.number().int().nonnegative('人件費は0円以上で入力してください。'),
    kind: z.enum(['jichiho', 'other']),
    burden: z.number().int().nonnegative('負担金は0円以上で入力してください。').optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === 'jichiho' && value.burden === undefined) {
      context.addIssue({ code: 'custom', path: ['burden'], message: '負担金を入力してください。' });
    }
  });

export const sampleSchema = z.object({
  applicant: z.object({
    name: z.string().min(1, '団体名を入力してください。'),
    fiscalYear: z.number().int('年度を選んでください。'),
  }),
  posts: z.array(post).min(1, '派遣する職を1件以上入力してください。'),
  note: z.string().max(10, '10文字以内で入力してください。').optional(),
});

export type SampleData = z.infer<typeof sampleSchema>;

export type Post = SampleData['posts'][number];

export const calculatorCalls = { count: 0 };

export const sampleForm: FormDefinition<SampleData> = {
  id: 'sample-dispatch',
  title: '見本の派遣申請',
  schemaVersion: 2,
  schema: sampleSchema,
  emptyData: () => ({ applicant: { name: '', fiscalYear: Number.NaN }, posts: [] }),
  calculate(data) {
    calculatorCalls.count += 1;
    // A careless calculator: it throws on a draft without posts, which the session must survive.
    if (!data.posts) throw new TypeError('posts is undefined');
    const total = data.posts.reduce(
      (sum, p) => sum + Math.floor((p.burden ?? p.salary ?? 0) / 2),
      0,
    );
    return { total };
  },
  draftTitle: (data) => (data.applicant?.name ? `${data.applicant.name} 見本の派遣申請` : ''),
  steps: [
    { id: 'intro', title: 'はじめに', kind: 'intro', fields: [] },
    {
      id: 'applicant',
      title: '申請団体',
      fields: [
        { path: 'applicant.name', label: '団体名', control: 'dantai', required: true },
        { path: 'applicant.fiscalYear', label: '年度', control: 'fiscal-year', required: true },
      ],
    },
    {
      id: 'posts',
      title: '派遣する職',
      fields: [
        {
          path: 'posts',
          label: '派遣する職',
          control: 'rows',
          fields: [
            { path: 'title', label: '職名', control: 'text', required: true },
            { path: 'salary', label: '人件費', control: 'yen', required: true },
            {
              path: 'kind',
              label: '派遣形態',
              control: 'radio',
              options: [
                { value: 'jichiho', label: '自治法派遣' },
                { value: 'other', label: 'その他' },
              ],
            },
            {
              path: 'burden',
              label: '負担金',
              control: 'yen',
              when: (row: Post) => row.kind === 'jichiho',
            },
          ],
        },
      ],
    },
    {
      id: 'extra',
      title: '複数の職についての補足',
      // `when` sees drafts, so it must cope with missing values.
      when: (data) => (data.posts?.length ?? 0) > 1,
      fields: [{ path: 'note', label: '補足', control: 'textarea', maxLength: 10 }],
    },
    { id: 'amounts', title: '措置額', kind: 'amounts', fields: [] },
    { id: 'review', title: '入力内容の確認', kind: 'review', fields: [] },
    { id: 'done', title: '完了', kind: 'done', fields: [] },
  ],
};

export const validPost: Post = { title: '保健師', salary: 6_000_000, kind: 'other' };
