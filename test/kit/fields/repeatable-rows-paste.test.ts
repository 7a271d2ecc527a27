import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pasteRows } from '../../../packages/kit/src/fields/repeatable-rows/paste-rows.ts';
import type { RowColumn } from '../../../packages/kit/src/fields/repeatable-rows/row-column.ts';
import {
  isHeaderLine,
  isTable,
  parseTsv,
} from '../../../packages/kit/src/fields/repeatable-rows/tsv.ts';

const columns: RowColumn[] = [
  {
    path: 'category',
    label: '区分',
    control: 'select',
    options: [{ value: '広報', label: '広報' }],
  },
  { path: 'description', label: '経費の内容', control: 'text' },
  { path: 'amount', label: '金額', control: 'yen' },
];

describe('表計算ソフトからの貼り付け', () => {
  it('タブと改行で分け、Excel が引用符で囲んだ改行入りのセルは1つのセルにする', () => {
    assert.deepEqual(parseTsv('a\tb\r\n"c\nd"\t"e""f"\r\n'), [
      ['a', 'b'],
      ['c\nd', 'e"f'],
    ]);
    assert.deepEqual(parseTsv('600万'), [['600万']]);
  });

  it('セル1つの貼り付けは表ではない（末尾の改行があっても）', () => {
    assert.equal(isTable('600万\r\n'), false);
    assert.equal(isTable('旅費\t600万'), true);
    assert.equal(isTable('旅費\n謝金'), true);
  });

  it('列の名前を含む行は見出しとして読み飛ばし、数の入った行は見出しにしない', () => {
    const labels = columns.map((c) => c.label);
    assert.equal(isHeaderLine(['区分', '経費の内容', '金額（円）'], labels), true);
    assert.equal(isHeaderLine(['広報', '説明会の開催', '300,000'], labels), false);
  });

  it('列ごとの読み方で読み、読めない欄は入力のまま残して理由をつける', () => {
    const result = pasteRows({
      rows: [{ description: '既存' }],
      cellRaw: { '0.amount': '古い' },
      startRow: 0,
      columns,
      lines: [
        ['広報', '説明会', '１２０，０００'],
        ['広報', 'チラシ', '600万'],
        ['宣伝', '看板', 'たくさん'],
      ],
      emptyRow: () => ({}),
      context: {},
    });
    assert.deepEqual(result.rows, [
      { category: '広報', description: '説明会', amount: 120_000 },
      { category: '広報', description: 'チラシ', amount: 6_000_000 },
      { description: '看板' },
    ]);
    assert.deepEqual(result.cellRaw, { '2.category': '宣伝', '2.amount': 'たくさん' });
    assert.deepEqual(Object.keys(result.problems), ['2.category', '2.amount']);
    assert.match(
      result.problems['2.amount'] ?? '',
      /^貼り付けた「たくさん」を読み取れませんでした。/,
    );
  });

  it('途中の列から貼ると、その列から右へ埋める', () => {
    const result = pasteRows({
      rows: [{ category: '広報' }],
      cellRaw: {},
      startRow: 0,
      columns: columns.slice(1),
      lines: [['説明会', '1,000']],
      emptyRow: () => ({}),
      context: {},
    });
    assert.deepEqual(result.rows, [{ category: '広報', description: '説明会', amount: 1000 }]);
  });
});

describe('条件つきの列がある表への貼り付け', () => {
  const postColumns: RowColumn[] = [
    { path: 'title', label: 'ポスト名', control: 'text' },
    {
      path: 'occupation',
      label: '職種',
      control: 'select',
      options: [
        { value: '保健師', label: '保健師' },
        { value: 'その他', label: 'その他' },
      ],
    },
    {
      path: 'occupationOther',
      label: '職種（その他の内容）',
      control: 'text',
      revealedBy: { question: 'occupation', answers: ['その他'] },
    },
    {
      path: 'burden',
      label: '負担金',
      control: 'yen',
      when: (_row, root) => (root as { role?: string }).role === '派遣先',
    },
  ];
  const paste = (lines: string[][], root: unknown) =>
    pasteRows({
      rows: [],
      cellRaw: {},
      startRow: 0,
      columns: postColumns,
      lines,
      emptyRow: () => ({}),
      context: { root },
    });

  it('その行の回答を読んでから、その行で聞く列だけを埋める', () => {
    const result = paste(
      [
        ['保健課', '保健師', '', '300,000'],
        ['福祉課', 'その他', '公認心理師', '600万'],
      ],
      { role: '派遣先' },
    );
    assert.deepEqual(result.rows, [
      { title: '保健課', occupation: '保健師', burden: 300_000 },
      { title: '福祉課', occupation: 'その他', occupationOther: '公認心理師', burden: 6_000_000 },
    ]);
    assert.deepEqual(result.problems, {});
  });

  it('その行で聞かない列の値は捨てずに入力のまま残し、理由をつけて知らせる', () => {
    const result = paste([['保健課', '保健師', '公認心理師', '300,000']], { role: '派遣元' });
    assert.deepEqual(result.rows, [{ title: '保健課', occupation: '保健師' }]);
    assert.deepEqual(result.cellRaw, {
      '0.occupationOther': '公認心理師',
      '0.burden': '300,000',
    });
    assert.match(
      result.problems['0.occupationOther'] ?? '',
      /^貼り付けた「公認心理師」は、この行の回答では「職種（その他の内容）」を入力しないため/,
    );
  });
});
