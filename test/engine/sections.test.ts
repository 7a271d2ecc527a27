// Repeatable groups of questions ('sections'): each item's questions, with a table and follow-ups
// inside, behave like a step's own questions once the engine expands them for the data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkDefinition,
  createSession,
  expandFields,
  type FieldDefinition,
  type FormDefinition,
  hiddenPaths,
  isRequired,
  revealUnder,
  visibleFields,
} from '@koiki/engine';
import { controlKinds } from '@koiki/schemas';
import { z } from 'zod/v4';

const schema = z.object({
  hasAgreements: z.boolean().optional(),
  agreements: z
    .array(
      z.object({
        name: z.string({ error: '協約の名称を入力してください。' }).min(1),
        kind: z.enum(['plain', 'memo'], { error: '形を選んでください。' }),
        memoDate: z.string({ error: '覚書の日付を入力してください。' }),
        parties: z.array(
          z.object({
            dantaiCode: z.string({ error: '団体を入力してください。' }),
            resolutionDate: z.string().optional(),
          }),
        ),
        note: z.string().optional(),
      }),
    )
    .min(1, '連携協約を1件以上入力してください。'),
  posts: z.array(z.object({ agreement: z.string(), host: z.string().optional() })).optional(),
});
type Data = z.infer<typeof schema>;
type Agreement = Data['agreements'][number];
type Party = Agreement['parties'][number];

const partyFields: FieldDefinition<Party>[] = [
  { path: 'dantaiCode', label: '団体', control: 'dantai', required: true },
  // Asked only once the 団体 is known: a cell that the session hides.
  {
    path: 'resolutionDate',
    label: '議決日',
    control: 'date',
    when: (party) => Boolean(party.dantaiCode),
  },
];

const agreementFields: FieldDefinition<Agreement>[] = [
  { path: 'name', label: '名称', control: 'text', required: true },
  ...revealUnder<Agreement>(
    {
      path: 'kind',
      label: '形',
      control: 'radio',
      options: [
        { value: 'plain', label: '協約のみ' },
        { value: 'memo', label: '覚書あり' },
      ],
    },
    { answer: 'memo', fields: [{ path: 'memoDate', label: '覚書の日付', control: 'date' }] },
  ),
  { path: 'parties', label: '参加団体', control: 'rows', fields: partyFields },
  {
    path: 'note',
    label: '備考',
    control: 'text',
    when: (agreement) => (agreement.parties?.length ?? 0) > 1,
    required: (agreement) => agreement.kind === 'memo',
  },
  {
    path: 'partyCount',
    label: '参加団体の数',
    control: 'info',
    display: (agreement) => `${agreement.parties?.length ?? 0}団体`,
  },
];

const agreementNames = (_scope: unknown, root: unknown) =>
  ((root as Data).agreements ?? []).map((a, i) => ({
    value: a.name ?? '',
    label: `${i + 1}. ${a.name}`,
  }));

const definition: FormDefinition<Data> = {
  id: 'sections-test',
  title: '繰り返しの試験',
  schemaVersion: 1,
  schema,
  emptyData: () => ({}),
  steps: [
    {
      id: 'agreements',
      title: '連携協約',
      fields: [
        { path: 'hasAgreements', label: '協約がありますか', control: 'boolean' },
        {
          path: 'agreements',
          label: '連携協約',
          control: 'sections',
          required: true,
          when: (data) => data.hasAgreements !== false,
          itemLabel: (item: Agreement, index) => `連携協約 ${index + 1}：${item.name ?? ''}`,
          fields: agreementFields,
        },
      ],
    },
    {
      id: 'posts',
      title: '派遣',
      fields: [
        {
          path: 'posts',
          label: '派遣',
          control: 'rows',
          fields: [
            { path: 'agreement', label: '協約', control: 'select', optionsFrom: agreementNames },
            {
              path: 'host',
              label: '派遣先',
              control: 'select',
              // The parties of the 協約 this row chose.
              optionsFrom: (post: { agreement?: string }, root) =>
                ((root as Data).agreements ?? [])
                  .find((a) => a.name === post.agreement)
                  ?.parties?.map((p) => ({
                    value: p.dantaiCode ?? '',
                    label: p.dantaiCode ?? '',
                  })) ?? [],
            },
          ],
        },
      ],
    },
  ],
};

const twoAgreements: Data = {
  agreements: [
    { name: '高知', kind: 'plain', memoDate: '2026-01-01', parties: [{ dantaiCode: '390003' }] },
    {
      name: '大豊',
      kind: 'memo',
      memoDate: '2026-02-01',
      parties: [{ dantaiCode: '393649', resolutionDate: '2026-03-01' }, {}],
      note: '',
    },
  ],
} as Data;

const stepOf = (id: string) => definition.steps.find((step) => step.id === id)!;
const paths = (data: unknown) =>
  visibleFields(stepOf('agreements'), data as Data).map((field) => field.path);

describe('繰り返しの質問のまとまり（sections）', () => {
  it('項目ごとに質問が具体的なパスで並び、続きの質問はその項目の答えで現れる', () => {
    assert.deepEqual(paths(twoAgreements), [
      'hasAgreements',
      'agreements',
      'agreements.0.name',
      'agreements.0.kind',
      'agreements.0.parties',
      'agreements.0.partyCount',
      'agreements.1.name',
      'agreements.1.kind',
      'agreements.1.memoDate',
      'agreements.1.parties',
      'agreements.1.note',
      'agreements.1.partyCount',
    ]);
    // Each question knows the item it sits in.
    const memo = visibleFields(stepOf('agreements'), twoAgreements).find(
      (field) => field.path === 'agreements.1.memoDate',
    );
    assert.deepEqual(memo?.section, { path: 'agreements', index: 1, label: '連携協約' });
    assert.equal(memo?.revealedBy?.question, 'agreements.1.kind');
  });

  it('項目がなければ、まとまりの欄だけが並ぶ', () => {
    assert.deepEqual(paths({}), ['hasAgreements', 'agreements']);
  });

  it('項目の中の when・必須・表示は、その項目を受け取る', () => {
    const fields = expandFields(stepOf('agreements').fields, twoAgreements);
    const note = fields.find((field) => field.path === 'agreements.1.note')!;
    assert.equal(isRequired(note, twoAgreements, twoAgreements), true);
    const count = fields.find((field) => field.path === 'agreements.1.partyCount')!;
    assert.equal(count.display?.(twoAgreements, twoAgreements), '2団体');
    const first = fields.find((field) => field.path === 'agreements.0.partyCount')!;
    assert.equal(first.display?.(twoAgreements, twoAgreements), '1団体');
  });

  it('隠れた質問のデータは、項目ごと・項目の中の表のセルごとに除かれる', () => {
    const hidden = hiddenPaths(definition, twoAgreements);
    assert.ok(hidden.includes('agreements.0.memoDate'), '覚書なしの項目の覚書の日付');
    assert.ok(!hidden.includes('agreements.1.memoDate'));
    assert.ok(hidden.includes('agreements.0.note'), '参加団体が1つの項目の備考');
    assert.ok(hidden.includes('agreements.1.parties.1.resolutionDate'), '団体未入力の行の議決日');
    assert.ok(!hidden.includes('agreements.1.parties.0.resolutionDate'));
    const session = createSession(definition, { data: twoAgreements });
    assert.equal(session.get('agreements.0.memoDate'), '2026-01-01', 'データは残る');
    assert.equal(session.visibleData.agreements?.[0]?.memoDate, undefined);
    assert.equal(session.visibleData.agreements?.[1]?.memoDate, '2026-02-01');
  });

  it('まとまりが隠れると、その項目の質問もすべて隠れる', () => {
    const data = { ...twoAgreements, hasAgreements: false };
    assert.deepEqual(paths(data), ['hasAgreements']);
    assert.ok(hiddenPaths(definition, data).includes('agreements'));
    assert.equal(createSession(definition, { data }).visibleData.agreements, undefined);
  });

  it('答えで現れるまとまり：隠れている間はその項目の質問も並ばず、データは送られない', () => {
    const revealed: FormDefinition<Data> = {
      ...definition,
      steps: [
        {
          ...stepOf('agreements'),
          fields: revealUnder<Data>(
            { path: 'hasAgreements', label: '協約がありますか', control: 'boolean' },
            { answer: true, fields: [{ ...stepOf('agreements').fields[1]!, when: undefined }] },
          ),
        },
      ],
    };
    const step = revealed.steps[0]!;
    const shown = (data: Data) => visibleFields(step, data).map((field) => field.path);
    assert.deepEqual(shown({ ...twoAgreements, hasAgreements: false }), ['hasAgreements']);
    assert.equal(shown({ ...twoAgreements, hasAgreements: true }).length, 12);
    const session = createSession(revealed, { data: { ...twoAgreements, hasAgreements: false } });
    assert.equal(session.visibleData.agreements, undefined);
  });

  it('項目の中にさらにまとまりがあっても、パスと置き場所がたどれる', () => {
    const nested: FieldDefinition<Data>[] = [
      {
        path: 'agreements',
        label: '連携協約',
        control: 'sections',
        fields: [
          {
            path: 'clauses',
            label: '条',
            control: 'sections',
            fields: [{ path: 'text', label: '本文', control: 'text' }],
          },
        ],
      },
    ];
    const data = { agreements: [{ clauses: [{}] }, { clauses: [{}, {}] }] };
    const fields = expandFields(nested, data as unknown as Data);
    assert.deepEqual(
      fields.map((field) => field.path),
      [
        'agreements',
        'agreements.0.clauses',
        'agreements.0.clauses.0.text',
        'agreements.1.clauses',
        'agreements.1.clauses.0.text',
        'agreements.1.clauses.1.text',
      ],
    );
    const last = fields.at(-1)!;
    assert.deepEqual(last.section, {
      path: 'agreements.1.clauses',
      index: 1,
      label: '条',
      parent: { path: 'agreements', index: 1, label: '連携協約' },
    });
  });

  it('同じ欄の並びでも、中のまとまりの項目数が変われば展開し直す（数が同じなら使い回す）', () => {
    const nested: FieldDefinition<Data>[] = [
      {
        path: 'agreements',
        label: '連携協約',
        control: 'sections',
        fields: [
          {
            path: 'clauses',
            label: '条',
            control: 'sections',
            fields: [{ path: 'text', label: '本文', control: 'text' }],
          },
        ],
      },
    ];
    const expanded = (agreements: unknown[]) =>
      expandFields(nested, { agreements } as unknown as Data);
    const two = expanded([{ clauses: [{}] }, { clauses: [{}, {}] }]);
    assert.equal(expanded([{ clauses: [{ text: 'a' }] }, { clauses: [{}, {}] }]), two);
    const moved = expanded([{ clauses: [{}, {}] }, { clauses: [{}] }]);
    assert.deepEqual(
      moved.map((field) => field.path),
      [
        'agreements',
        'agreements.0.clauses',
        'agreements.0.clauses.0.text',
        'agreements.0.clauses.1.text',
        'agreements.1.clauses',
        'agreements.1.clauses.0.text',
      ],
    );
    assert.deepEqual(
      expanded([{ clauses: [] }]).map((field) => field.path),
      ['agreements', 'agreements.0.clauses'],
    );
  });

  it('項目の中の誤りはその手順の誤りで、隠れた質問の誤りは数えない', () => {
    const data = {
      agreements: [
        { name: '高知', kind: 'plain', parties: [{ dantaiCode: '390003' }] },
        { kind: 'memo', parties: [{}] },
      ],
    } as Data;
    const session = createSession(definition, { data, step: 'agreements' });
    const issues = session.stepIssues('agreements').map((issue) => issue.path);
    assert.deepEqual(issues.sort(), [
      'agreements.1.memoDate',
      'agreements.1.name',
      'agreements.1.parties.0.dantaiCode',
    ]);
    assert.deepEqual(session.stepIssues('posts'), []);
    const result = session.next();
    assert.equal(result.ok, false);
    assert.deepEqual(Object.keys(session.shownIssuesByPath()).sort(), issues);
  });

  it('項目がひとつもなければ、まとまりの欄の誤りになる', () => {
    const session = createSession(definition, { data: { agreements: [] } as unknown as Data });
    assert.deepEqual(
      session.stepIssues('agreements').map((issue) => [issue.path, issue.message]),
      [['agreements', '連携協約を1件以上入力してください。']],
    );
  });

  it('項目を削除すると後ろの項目の入力途中の文字が繰り上がり、元に戻すと1回で戻る', () => {
    const session = createSession(definition, { data: twoAgreements });
    session.addRow('agreements', {});
    session.setRaw('agreements.2.parties.0.resolutionDate', '令和九年');
    assert.equal(
      visibleFields(stepOf('agreements'), session.data).at(-1)?.path,
      'agreements.2.partyCount',
    );
    session.removeRow('agreements', 0);
    assert.deepEqual(session.raw, { 'agreements.1.parties.0.resolutionDate': '令和九年' });
    assert.equal(session.get('agreements.0.name'), '大豊');
    session.undo();
    assert.equal(session.get('agreements.0.name'), '高知');
    assert.deepEqual(session.raw, { 'agreements.2.parties.0.resolutionDate': '令和九年' });
  });

  it('項目を削除して元に戻すと、触れた印もその項目に戻る（誤りの出方が変わらない）', () => {
    const session = createSession(definition, { data: twoAgreements });
    session.touch('agreements.1.name');
    session.removeRow('agreements', 0);
    assert.equal(session.isTouched('agreements.0.name'), true, '繰り上がった項目の印');
    session.undo();
    assert.equal(session.isTouched('agreements.0.name'), false);
    assert.equal(session.isTouched('agreements.1.name'), true);
    session.redo();
    assert.equal(session.isTouched('agreements.0.name'), true);
  });

  it('定義の点検：項目の中のパスは尋ねられたものとして数え、尋ねていないパスと置き場所の誤りを示す', () => {
    const schemaPaths = [
      'hasAgreements',
      'agreements.0.name',
      'agreements.0.kind',
      'agreements.0.memoDate',
      'agreements.0.parties.0.dantaiCode',
      'agreements.0.parties.0.resolutionDate',
      'agreements.0.note',
      'posts.0.agreement',
      'posts.0.host',
    ];
    assert.deepEqual(checkDefinition(definition, schemaPaths), []);
    const missing = checkDefinition(definition, [...schemaPaths, 'agreements.0.concludedDate']);
    assert.deepEqual(
      missing.map((problem) => [problem.kind, problem.path]),
      [['unasked-path', 'agreements.0.concludedDate']],
    );
    const sections = stepOf('agreements').fields[1]!;
    const misplaced: FormDefinition<Data> = {
      ...definition,
      steps: [
        {
          ...stepOf('agreements'),
          fields: [
            stepOf('agreements').fields[0]!,
            // The follow-up moved away from its question.
            { ...sections, fields: [...agreementFields.slice(2), ...agreementFields.slice(0, 2)] },
          ],
        },
        stepOf('posts'),
      ],
    };
    assert.deepEqual(
      checkDefinition(misplaced, schemaPaths).map((problem) => [problem.kind, problem.path]),
      [['misplaced-follow-up', 'memoDate']],
    );
  });
});

describe('データから選ぶ選択肢（optionsFrom）', () => {
  const data = {
    ...twoAgreements,
    posts: [{ agreement: '大豊', host: '393649' }, { agreement: '旧名' }],
  } as Data;
  const postColumns = stepOf('posts').fields[0]!.fields!;

  it('表の列の選択肢はその行と全体のデータから決まり、確認の表示は選んだ選択肢の名前になる', () => {
    const [agreement, host] = postColumns;
    const context = { scope: data.posts?.[0], root: data };
    assert.equal(controlKinds.select.display('大豊', agreement!, context), '2. 大豊');
    assert.deepEqual(
      host!.optionsFrom?.(data.posts?.[0], data).map((option) => option.value),
      ['393649', ''],
    );
  });

  it('選択肢から消えた値は、値のまま表示される（捨てない）', () => {
    const [agreement] = postColumns;
    assert.equal(
      controlKinds.select.display('旧名', agreement!, { scope: data.posts?.[1], root: data }),
      '旧名',
    );
  });

  it('項目の中の質問の optionsFrom は、その項目を受け取る', () => {
    const withChoice: FormDefinition<Data> = {
      ...definition,
      steps: [
        {
          ...stepOf('agreements'),
          fields: [
            {
              ...stepOf('agreements').fields[1]!,
              fields: [
                {
                  path: 'name',
                  label: '名称',
                  control: 'select',
                  optionsFrom: (item: Agreement) =>
                    (item.parties ?? []).map((p) => ({ value: p.dantaiCode ?? '', label: '団体' })),
                },
              ],
            },
          ],
        },
      ],
    };
    const fields = expandFields(withChoice.steps[0]!.fields, twoAgreements);
    const second = fields.find((field) => field.path === 'agreements.1.name')!;
    assert.deepEqual(
      second.optionsFrom?.(twoAgreements, twoAgreements).map((o) => o.value),
      ['393649', ''],
    );
  });
});
