// The byte budgets of issues 10 and 19 as a test, so `npm test` and CI enforce them.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Manifest } from 'vite';
import type { WorkerChunk } from './bench-bundle.ts';
import { budgetLine, byteBudgets, checkBudgets } from './budgets.ts';
import { classifyBytes } from './byte-classes.ts';
import { contributorTable } from './byte-table.ts';
import { type MeasuredBytes, measureBytes } from './measure-bytes.ts';
import { classifyWorker } from './worker-classes.ts';

describe('バイト分類（マニフェストのモジュールグラフから）', () => {
  const manifest: Manifest = {
    'src/koiki-assistant.ts': {
      file: 'koiki-assistant.js',
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['../../forms/a/index.ts', 'src/form-support.ts', '../pdf/src/build-pdf.ts'],
    },
    'src/form-support.ts': {
      file: 'form-support.js',
      src: 'src/form-support.ts',
      isDynamicEntry: true,
      imports: ['_shared.js', '_kit.js'],
    },
    '_kit.js': { file: 'kit.js' },
    '_shared.js': { file: 'shared.js', dynamicImports: ['../../schemas/data/dantai.ts'] },
    '_form-lib.js': { file: 'form-lib.js', imports: ['_shared.js'] },
    '../../forms/a/index.ts': {
      file: 'a.js',
      src: '../../forms/a/index.ts',
      isDynamicEntry: true,
      imports: ['_shared.js', '_kit.js', '_form-lib.js'],
    },
    '../pdf/src/build-pdf.ts': {
      file: 'build-pdf.js',
      src: '../pdf/src/build-pdf.ts',
      isDynamicEntry: true,
      imports: ['_pdf-lib.js', '_shared.js'],
    },
    '_pdf-lib.js': { file: 'pdf-lib.js' },
    '../../schemas/data/dantai.ts': {
      file: 'dantai.js',
      src: '../../schemas/data/dantai.ts',
      isDynamicEntry: true,
    },
  };

  it('静的 import は初期モジュールに、runner などは support に、様式が追加で読むものは共有チャンクに入る', () => {
    const classes = classifyBytes(
      manifest,
      [],
      [
        'koiki-assistant.js',
        'pdf-worker/pdf-worker-1.js',
        'pdf-worker/build-pdf-2.js',
        'koiki-assets/font.ttf.gz',
      ],
    );
    assert.deepEqual(classes.initial, ['koiki-assistant.js', 'shared.js']);
    assert.deepEqual(classes.support, ['form-support.js', 'kit.js']);
    assert.deepEqual(classes.forms, [
      {
        id: 'a',
        own: ['a.js'],
        shared: ['form-lib.js'],
        beforeFirstStep: [
          'koiki-assistant.js',
          'shared.js',
          'form-support.js',
          'kit.js',
          'a.js',
          'form-lib.js',
        ],
      },
    ]);
    assert.deepEqual(classes.pdfWorker, [
      'pdf-worker/pdf-worker-1.js',
      'pdf-worker/build-pdf-2.js',
    ]);
    assert.deepEqual(classes.pdf, ['build-pdf.js', 'pdf-lib.js']);
    assert.deepEqual(classes.referenceData, ['dantai.js']);
    assert.deepEqual(classes.otherLazy, []);
  });

  it('様式に outline.ts があれば、最初のステップまでに読むのはその静的 import まで（契約は入力に必要なものとして数える）', () => {
    const withOutline: Manifest = {
      ...manifest,
      '../../forms/a/outline.ts': {
        file: 'a-outline.js',
        src: '../../forms/a/outline.ts',
        isDynamicEntry: true,
        imports: ['_shared.js', '_kit.js'],
      },
      '../../forms/a/index.ts': {
        file: 'a.js',
        src: '../../forms/a/index.ts',
        isDynamicEntry: true,
        imports: ['../../forms/a/outline.ts', '_shared.js', '_form-lib.js'],
      },
    };
    const [form] = classifyBytes(withOutline).forms;
    assert.deepEqual(form?.beforeFirstStep, [
      'koiki-assistant.js',
      'shared.js',
      'form-support.js',
      'kit.js',
      'a-outline.js',
    ]);
    assert.deepEqual(form?.own, ['a.js']);
    assert.deepEqual(form?.shared, ['a-outline.js', 'form-lib.js']);
  });
});

describe('PDF ワーカーのバイト分類（ワーカーのチャンクグラフから）', () => {
  const chunk = (file: string, rest: Partial<WorkerChunk> = {}): WorkerChunk => ({
    file: `pdf-worker/${file}`,
    isEntry: false,
    imports: [],
    dynamicImports: [],
    ...rest,
  });
  const graph: WorkerChunk[] = [
    chunk('pdf-worker.js', {
      isEntry: true,
      src: 'packages/assistant/src/runner/pdf-worker.ts',
      imports: ['pdf-worker/registry.js'],
      dynamicImports: ['pdf-worker/build-pdf.js', 'pdf-worker/layout-a.js', 'pdf-worker/form-a.js'],
    }),
    chunk('registry.js'),
    chunk('build-pdf.js', {
      src: 'packages/pdf/src/build-pdf.ts',
      imports: ['pdf-worker/pdf-lib.js'],
    }),
    chunk('pdf-lib.js'),
    chunk('layout-a.js', {
      src: 'forms/a/pdf-document.ts',
      imports: ['pdf-worker/registry.js', 'pdf-worker/schema-a.js'],
      dynamicImports: ['pdf-worker/dantai.js'],
    }),
    chunk('schema-a.js'),
    chunk('dantai.js', { src: 'schemas/data/dantai.ts' }),
    // The form's questions and examples: in the folder (the registry names them), never loaded for a PDF.
    chunk('form-a.js', { src: 'forms/a/index.ts', imports: ['pdf-worker/schema-a.js'] }),
  ];

  it('PDF のコードはワーカーと組版器とその静的 import だけ。様式のレイアウトと団体の一覧は別に数え、様式の質問は数えない', () => {
    const classes = classifyWorker(graph);
    assert.deepEqual(classes.code.sort(), [
      'pdf-worker/build-pdf.js',
      'pdf-worker/pdf-lib.js',
      'pdf-worker/pdf-worker.js',
      'pdf-worker/registry.js',
    ]);
    assert.deepEqual(classes.layouts, [
      { id: 'a', files: ['pdf-worker/layout-a.js', 'pdf-worker/schema-a.js'] },
    ]);
    assert.deepEqual(classes.referenceData, ['pdf-worker/dantai.js']);
  });
});

describe('バイト予算（gzip、1 KB = 1,000 バイト）', () => {
  let measured: MeasuredBytes;
  before(async () => {
    measured = await measureBytes({ withFonts: false });
  });
  after(async () => {
    if (measured) await rm(measured.bundle.dir, { recursive: true, force: true });
  });

  const assertWithin = (name: string) => {
    const result = checkBudgets(measured.report).find((r) => r.name.includes(name));
    assert.ok(result, `予算 ${name} が見つかりません`);
    assert.ok(result.ok, `${budgetLine(result)}\n\n${contributorTable(measured, 8)}`);
  };

  it(`初期モジュールは ${byteBudgets.initialGzip / 1000} KB 以下`, () => {
    assertWithin('initial module');
  });

  it(`PDF を作るときに読み込むコード（ワーカー）は ${byteBudgets.pdfCodeGzip / 1000} KB 以下`, () => {
    assert.ok(measured.classes.pdfWorker.length > 0, 'PDF のワーカーが見つかりません');
    assertWithin('PDF code');
  });

  it(`PDF のフォントの転送量は ${byteBudgets.fontsTransferred / 1000} KB 以下`, () => {
    assert.ok(measured.report.fontsTransferred > 0, 'フォントのファイルが見つかりません');
    assertWithin('fonts transferred');
  });

  it('ブラウザが読むものに classic zod と JSON Schema の生成コードは入らない（zod/mini だけ）', () => {
    // Only servers and the CLI print JSON Schema; classic zod's methods would pull that code in.
    const serverOnly =
      /node_modules\/zod\/v4\/(classic\/|core\/(to-json-schema|json-schema))|schemas\/src\/json-schema\.ts/;
    const loaded = Object.values(measured.bundle.modules).flatMap((chunk) =>
      Object.entries(chunk).filter(([, rendered]) => rendered > 0),
    );
    assert.deepEqual(
      loaded.filter(([id]) => serverOnly.test(id)).map(([id]) => id),
      [],
    );
    assert.ok(
      loaded.some(([id]) => id.includes('node_modules/zod/v4/mini/')),
      'zod/mini がありません',
    );
  });

  it(`最初のステップが操作できるまでに読む JS は様式ごとに ${byteBudgets.beforeFirstStepGzip / 1000} KB 以下`, () => {
    assert.ok(measured.report.beforeFirstStep.length > 0, '様式のチャンクが見つかりません');
    for (const form of measured.report.beforeFirstStep)
      assertWithin(`JS before the first step of ${form.form}`);
  });

  it('最初のステップまでに zod・様式のスキーマ・計算の部品は読まない（様式の契約は表示のあとで読む）', () => {
    const contract =
      /node_modules\/zod\/|schemas\/src\/forms\/(common|form-contract|[^/]*contract|[^/]*\/schema|[^/]*\/calculator)\.ts|schemas\/src\/calculators\/[a-z-]+-calculator\.ts/;
    for (const form of measured.report.beforeFirstStep) {
      const modules = form.files.flatMap((file) =>
        Object.entries(measured.bundle.modules[file] ?? {})
          .filter(([id, rendered]) => rendered > 0 && contract.test(id))
          .map(([id]) => `${file}: ${id}`),
      );
      assert.deepEqual(modules, [], form.form);
    }
  });

  it(`初期モジュールと様式1つの入力に必要なものは ${byteBudgets.fillOneFormGzip / 1000} KB 以下`, () => {
    assert.ok(measured.report.fillOneForm.length > 0, '様式のチャンクが見つかりません');
    for (const form of measured.report.fillOneForm) assertWithin(`fill ${form.form}`);
  });
});
