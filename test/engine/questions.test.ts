// One question per data path: follow-ups revealed under their answer, and the definition check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkDefinition,
  createSession,
  type FieldDefinition,
  type FormDefinition,
  isRequired,
  revealUnder,
  visibleFields,
} from '@koiki/engine';
import { z } from 'zod/v4';

const schema = z.object({
  role: z.enum(['sender', 'receiver']),
  posts: z.array(
    z.object({
      form: z.enum(['local', 'other']),
      firstYear: z.boolean().optional(),
      firstYearNote: z.string().optional(),
      cost: z.number().optional(),
      contribution: z.number().optional(),
    }),
  ),
});
type Data = z.infer<typeof schema>;
type Post = Data['posts'][number];

const schemaPaths = [
  'role',
  'posts.0.form',
  'posts.0.firstYear',
  'posts.0.firstYearNote',
  'posts.0.cost',
  'posts.0.contribution',
];

const postFields: FieldDefinition<Post>[] = [
  ...revealUnder<Post>(
    { path: 'form', label: '派遣形態', control: 'radio' },
    {
      answer: 'local',
      fields: [
        ...revealUnder<Post>(
          { path: 'firstYear', label: '初年度ですか', control: 'boolean' },
          {
            answer: true,
            fields: [{ path: 'firstYearNote', label: '初年度の補足', control: 'text' }],
          },
        ),
      ],
    },
    {
      answer: 'other',
      fields: [{ path: 'cost', label: '人件費', control: 'yen', required: true }],
    },
    {
      answer: ['local', 'other'],
      fields: [
        {
          path: 'contribution',
          label: '負担金',
          control: 'yen',
          required: (_post: Post, root: unknown) => (root as Data).role === 'receiver',
        },
      ],
    },
  ),
];

function definition(fields: FieldDefinition<Post>[] = postFields): FormDefinition<Data> {
  return {
    id: 'reveal-sample',
    title: '見本',
    schemaVersion: 1,
    schema,
    emptyData: () => ({ role: 'sender', posts: [] }) as Data,
    steps: [
      {
        id: 'main',
        title: '入力',
        fields: [
          { path: 'role', label: '役割', control: 'radio' },
          {
            path: 'posts',
            label: '職',
            control: 'rows',
            fields: fields as FieldDefinition<unknown>[],
          },
        ],
      },
    ],
  };
}

const shownPaths = (post: Post) =>
  definition()
    .steps[0]?.fields[1]?.fields?.filter((field) => {
      const session = createSession(definition(), {
        data: { role: 'sender' as const, posts: [post] },
      });
      return session.isVisible(`posts.0.${field.path}`);
    })
    .map((field) => field.path);

describe('答えの下に現れる質問（条件付きの表示）', () => {
  it('答えを選ぶまで、続きの質問は出ない', () => {
    assert.deepEqual(shownPaths({} as Post), ['form']);
  });

  it('選んだ答えの続きの質問だけが、その質問のすぐ後に出る', () => {
    assert.deepEqual(shownPaths({ form: 'other' }), ['form', 'cost', 'contribution']);
    assert.deepEqual(shownPaths({ form: 'local' }), ['form', 'firstYear', 'contribution']);
  });

  it('続きの質問の続きは、両方の答えがそろったときだけ出る', () => {
    assert.deepEqual(shownPaths({ form: 'local', firstYear: true }), [
      'form',
      'firstYear',
      'firstYearNote',
      'contribution',
    ]);
    assert.deepEqual(shownPaths({ form: 'other', firstYear: true }), [
      'form',
      'cost',
      'contribution',
    ]);
  });

  it('答えを変えると、前の答えの続きのデータは送らないが、入力は残る', () => {
    const session = createSession(definition(), {
      data: { role: 'sender', posts: [{ form: 'local', firstYear: true, firstYearNote: 'メモ' }] },
    });
    session.set('posts.0.form', 'other');
    assert.deepEqual(session.visibleData.posts?.[0], { form: 'other' });
    assert.equal(session.get('posts.0.firstYearNote'), 'メモ');
  });

  it('チェックボックスでは、チェックした値のどれかが続きの質問を出す', () => {
    const [question, followUp] = revealUnder(
      { path: 'stages', label: '区分', control: 'checkbox' },
      { answer: 'b', fields: [{ path: 'detail', label: '詳細', control: 'text' }] },
    );
    assert.ok(question && followUp);
    const step = { id: 's', title: 's', fields: [question, followUp] };
    assert.deepEqual(
      visibleFields(step, { stages: ['a', 'b'] }).map((field) => field.path),
      ['stages', 'detail'],
    );
    assert.deepEqual(
      visibleFields(step, { stages: ['a'] }).map((field) => field.path),
      ['stages'],
    );
  });

  it('※必須は、場合によって決まる質問ではその場合に合わせる', () => {
    const contribution = postFields.find((field) => field.path === 'contribution');
    assert.ok(contribution);
    assert.equal(isRequired(contribution, {} as Post, { role: 'receiver' }), true);
    assert.equal(isRequired(contribution, {} as Post, { role: 'sender' }), false);
  });
});

describe('様式の定義の検査（1つのデータに1つの質問）', () => {
  it('正しい定義には問題がない', () => {
    assert.deepEqual(checkDefinition(definition(), schemaPaths), []);
  });

  it('2つの質問が同じデータを尋ねると報告する（条件が違っていても）', () => {
    const fields: FieldDefinition<Post>[] = [
      ...postFields,
      { path: 'contribution', label: '派遣先からの負担金', control: 'yen' },
    ];
    const problems = checkDefinition(definition(fields), schemaPaths);
    assert.deepEqual(
      problems.map((problem) => [problem.kind, problem.path]),
      [['shared-path', 'posts.0.contribution']],
    );
    assert.match(problems[0]?.message ?? '', /「負担金」.*「派遣先からの負担金」/);
  });

  it('どの質問も尋ねない schema のデータを報告する', () => {
    const fields = postFields.filter((field) => field.path !== 'cost');
    assert.deepEqual(
      checkDefinition(definition(fields), schemaPaths).map((p) => [p.kind, p.path]),
      [['unasked-path', 'posts.0.cost']],
    );
  });

  it('schema にないデータを尋ねる質問と、答えを置く場所に置いた表示欄を報告する', () => {
    const fields: FieldDefinition<Post>[] = [
      ...postFields,
      { path: 'salary', label: '給与', control: 'yen' },
    ];
    const withInfo = definition(fields);
    withInfo.steps[0]?.fields.push({ path: 'role', label: '役割の説明', control: 'info' });
    assert.deepEqual(
      checkDefinition(withInfo, schemaPaths).map((p) => [p.kind, p.path]),
      [
        ['shared-path', 'role'],
        ['unknown-path', 'posts.0.salary'],
        ['unknown-path', 'role'],
      ],
    );
  });

  it('続きの質問が、その質問のすぐ後にないと報告する', () => {
    const [form, ...followUps] = postFields;
    assert.ok(form);
    const moved = [...followUps, form];
    assert.deepEqual(
      checkDefinition(definition(moved), schemaPaths)
        .filter((p) => p.kind === 'misplaced-follow-up')
        .map((p) => p.path),
      ['firstYear', 'cost', 'contribution'],
    );
  });
});
