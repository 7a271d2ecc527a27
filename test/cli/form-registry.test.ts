// forms/index.ts is the only list of forms. The CLI, the conformance suite and each form's own
// schema door (@koiki/schemas/forms/<id>) follow it, and no shared source file names a form: adding
// a form is its own files plus one registry line. (The assistant's chooser:
// test/assistant/koiki-assistant.browser.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chosenForm, runCli, usageText } from '@koiki/cli';
import { findFormEntry, formEntryIds, formRegistry } from '@koiki/forms';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function koiki(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every .ts file under `dir`, recursively. */
function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFilesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const filesIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, dir, name));

/**
 * The shared source files, which must not even import a form's files: the packages, the top of
 * forms/ (not its registry), and the form-independent parts of schemas.
 */
function sharedSourceFiles(): string[] {
  const packages = readdirSync(join(root, 'packages')).flatMap((name) =>
    tsFilesUnder(join(root, 'packages', name, 'src')),
  );
  const formFile = (file: string) =>
    formEntryIds.some((id) => relative(join(root, 'schemas/src/forms'), file).startsWith(id));
  return [
    ...packages,
    ...filesIn('forms').filter((file) => !file.endsWith('/forms/index.ts')),
    ...filesIn('schemas/src/forms').filter((file) => !formFile(file)),
    ...['controls', 'values', 'reference'].flatMap((dir) => filesIn(`schemas/src/${dir}`)),
    join(root, 'schemas/src/json-schema.ts'),
  ];
}

/** What runs every form without naming one: the shared suite, the build and test configs, the byte bench. */
const formIndependentTooling = () => [
  ...['conformance.ts', 'conformance.test.ts', 'conformance.browser.test.ts', 'form-examples.ts']
    .concat(['walk-session.ts', 'example-pdf.ts', 'schema-paths.ts'])
    .map((name) => join(root, 'test/forms', name)),
  ...['bench-bundle.ts', 'byte-classes.ts', 'budgets.ts', 'measure-bytes.ts', 'check.ts'].map(
    (name) => join(root, 'test/bench', name),
  ),
  ...['test/web-test-runner.config.mjs', 'test/run.mjs', '.ci/run', 'vite.config.ts'].map((path) =>
    join(root, path),
  ),
  ...['schemas', 'forms', ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`)]
    .map((dir) => join(root, dir, 'vite.config.ts'))
    .filter((file) => existsSync(file)),
];

/** The barrels of @koiki/schemas: they may re-export the first two forms' files, but a new form needs no line there. */
const schemaBarrels = () =>
  ['calculators', 'rules', 'messages', 'migrations', 'values', 'reference', 'controls']
    .map((dir) => join(root, 'schemas/src', dir, 'index.ts'))
    .filter((file) => existsSync(file))
    .concat(join(root, 'schemas/src/index.ts'));

/** A form's id as a string, or as a folder in an import path ('…/<id>/…', '@koiki/schemas/forms/<id>'). */
const namesForm = (source: string, id: string) =>
  new RegExp(`['"\`/]${id}['"\`/]`).test(withoutComments(source));

/** namesForm, or an import of one of the form's own files ('./<id>.ts', './<id>-contract.ts'). */
const importsForm = (source: string, id: string) =>
  namesForm(source, id) || new RegExp(`/${id}(-[\\w-]+)?\\.ts['"\`]`).test(withoutComments(source));

/** Source without its comments (a comment may give an id as an example). */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** `file: 'id'` for each registered form whose id `test` finds in a file. */
const formsNamedIn = (files: string[], test: (source: string, id: string) => boolean) =>
  files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return formEntryIds
      .filter((id) => test(source, id))
      .map((id) => `${relative(root, file)}: '${id}'`);
  });

describe('様式の一覧は forms/index.ts だけにある', () => {
  it('登録された様式の id は重複せず、formEntryIds と findFormEntry はその一覧を引く', () => {
    const ids = formRegistry.map((entry) => entry.id);
    assert.ok(ids.length >= 2);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(formEntryIds, ids);
    for (const entry of formRegistry) assert.equal(findFormEntry(entry.id), entry);
    assert.equal(findFormEntry('no-such-form'), undefined);
  });

  it('各様式の契約は @koiki/schemas/forms/<id> から読み込め、登録と同じ id・題名を持つ', async () => {
    for (const entry of formRegistry) {
      const contract = await entry.contract();
      assert.equal(contract.id, entry.id);
      assert.equal(contract.title, entry.title);
      const door: Record<string, unknown> = await import(`@koiki/schemas/forms/${entry.id}`);
      assert.ok(
        Object.values(door).includes(contract),
        `@koiki/schemas/forms/${entry.id} が ${entry.id} の契約を出していない`,
      );
    }
  });

  it('koiki の使い方は、登録された様式をちょうどその順に示す', () => {
    const line = usageText({})
      .split('\n')
      .find((text) => text.startsWith('様式: '));
    assert.deepEqual(line?.slice('様式: '.length).split('、'), formEntryIds);
  });

  it('CLI はどの登録された様式も引き、その契約で JSON Schema を出す', async () => {
    for (const entry of formRegistry) {
      const chosen = await chosenForm(entry.id);
      assert.ok(chosen.ok);
      assert.equal(chosen.entry, entry);
      assert.equal(chosen.contract, await entry.contract());
      const run = await koiki('schema', entry.id);
      assert.equal(run.code, 0, run.stderr);
      const schema = JSON.parse(run.stdout);
      assert.equal(schema.title, entry.title);
      assert.match(
        schema.$id,
        new RegExp(`/${entry.id}/v${chosen.contract.schemaVersion}\\.json$`),
      );
    }
  });

  it('登録されていない様式は、登録された様式だけを挙げて断る', async () => {
    const run = await koiki('validate', 'no-such-form', 'claim.json');
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      `様式「no-such-form」はありません。${formEntryIds.join('、')} のいずれかを指定してください。`,
    );
  });

  it('共通のソース（packages/*/src、forms/*.ts、schemas の共通部分）は、どの様式の id もファイルも書いていない', () => {
    const files = sharedSourceFiles();
    assert.ok(files.length > 50, `共通のソースが見つからない（${files.length} 件）`);
    assert.deepEqual(formsNamedIn(files, importsForm), []);
  });

  it('共通の検査（適合テスト）・ビルドとテストの設定・バイト数の bench は、どの様式も名指ししない', () => {
    assert.deepEqual(formsNamedIn(formIndependentTooling(), namesForm), []);
  });

  it('@koiki/schemas の索引は、どの様式の id も様式のフォルダも書いていない', () => {
    assert.deepEqual(formsNamedIn(schemaBarrels(), namesForm), []);
  });

  it('共通のソースの検査は、様式の id を書いた行を見つける（検査そのものの確認）', () => {
    const source = [
      "import { x } from '@koiki/schemas/forms/x-form';",
      "const known = { 'y-form': 1 }; // 'z-form' はコメントなので数えない",
      "export * from './forms/w-form.ts'; // 'https://example.jp/v-form' も数えない",
      "import { u } from '../calculators/u-form-calculator.ts';",
    ].join('\n');
    const ids = ['x-form', 'y-form', 'z-form', 'w-form', 'v-form', 'u-form'];
    assert.deepEqual(
      ids.filter((id) => namesForm(source, id)),
      ['x-form', 'y-form'],
    );
    assert.deepEqual(
      ids.filter((id) => importsForm(source, id)),
      ['x-form', 'y-form', 'w-form', 'u-form'],
    );
  });
});
