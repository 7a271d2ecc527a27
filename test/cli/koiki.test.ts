// The `koiki` command as a portal server runs it: exit codes and what it prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, OCCUPATIONS, TEXT_LIMITS } from '@koiki/schemas';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = (form: string, name: string) => join(root, 'forms', form, 'examples', name);
const tmp = mkdtempSync(join(tmpdir(), 'koiki-cli-'));

function koiki(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/koiki.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('koiki validate', () => {
  it('有効なデータは終了コード 0', () => {
    const run = koiki(
      'validate',
      'specialist-dispatch',
      examples('specialist-dispatch', 'prefecture-three-people.json'),
    );
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^有効です：連携協約に基づく専門人材派遣/);
  });

  it('無効なデータは終了コード 1 で、項目の場所ごとに日本語の理由を出す', () => {
    const run = koiki(
      'validate',
      'consolidation-claim',
      examples('consolidation-claim', 'invalid-single-dantai.json'),
    );
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^initiatives\.0\.otherParties: 参加団体が申請団体だけです/m);
  });

  it('JSON でないファイルは終了コード 2、スタックトレースは出さない', () => {
    const run = koiki('validate', 'specialist-dispatch', tempFile('broken.json', '{ "formId": '));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /JSON として読めません/);
    assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/);
  });

  it('読めないファイル・知らない様式・様式の食い違いは終了コード 2', () => {
    assert.equal(koiki('validate', 'specialist-dispatch', join(tmp, 'missing.json')).code, 2);
    const unknown = koiki('validate', 'travel-expenses', join(tmp, 'missing.json'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /様式「travel-expenses」はありません/);
    const mismatch = koiki(
      'validate',
      'consolidation-claim',
      examples('specialist-dispatch', 'prefecture-three-people.json'),
    );
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /formId: specialist-dispatch/);
  });

  it('データそのもの（payload でない）も受け付ける', () => {
    const run = koiki(
      'validate',
      'consolidation-claim',
      examples('consolidation-claim', 'function-integration-school-lunch.json'),
    );
    assert.equal(run.code, 0);
  });

  it('データが配列などでも例外にならず、無効（1）として答える', () => {
    const run = koiki('validate', 'specialist-dispatch', tempFile('array.json', '[1, 2]'));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /（全体）: /);
  });
});

describe('koiki calc', () => {
  it('各行の説明と円・千円の合計を JSON で出す', () => {
    const run = koiki(
      'calc',
      'specialist-dispatch',
      examples('specialist-dispatch', 'prefecture-three-people.json'),
    );
    assert.equal(run.code, 0);
    const output = JSON.parse(run.stdout);
    assert.equal(output.valid, true);
    assert.deepEqual(output.amounts.totals, { yen: 11_505_000, thousandYen: 11_505 });
    assert.ok(
      output.amounts.lines.every((line: { explanation: string }) =>
        line.explanation.includes('× 0.5'),
      ),
    );
  });

  it('無効なデータでも算定結果と理由を出し、終了コードは 1', () => {
    const run = koiki(
      'calc',
      'consolidation-claim',
      examples('consolidation-claim', 'invalid-sixth-year.json'),
    );
    assert.equal(run.code, 1);
    const output = JSON.parse(run.stdout);
    assert.equal(output.amounts.issues[0].code, 'consolidation.afterWindow');
    assert.ok(output.issues['initiatives.0.stages']);
  });
});

describe('koiki schema と help', () => {
  it('JSON Schema を出す', () => {
    const run = koiki('schema', 'consolidation-claim');
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(run.stdout).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  it('JSON Schema は文字数の上限と年度の範囲を持つ', () => {
    const run = koiki('schema', 'specialist-dispatch');
    assert.equal(run.code, 0);
    const schema = JSON.parse(run.stdout);
    assert.deepEqual(schema.properties.fiscalYear, {
      type: 'integer',
      minimum: FIRST_FISCAL_YEAR,
      maximum: LAST_FISCAL_YEAR,
    });
    const post = schema.properties.posts.items.properties;
    assert.equal(post.postName.maxLength, TEXT_LIMITS.name);
    assert.equal(schema.properties.contact.properties.email.maxLength, TEXT_LIMITS.email);
    assert.equal(schema.properties.remarks.maxLength, TEXT_LIMITS.remarks);
    assert.deepEqual(post.occupation.enum, [...OCCUPATIONS]);
  });

  it('--help はコマンド表から使い方を出し、知らないコマンドは 2', () => {
    const help = koiki('--help');
    assert.equal(help.code, 0);
    for (const command of ['validate', 'calc', 'schema'])
      assert.match(help.stdout, new RegExp(`koiki ${command}`));
    assert.equal(koiki('frobnicate').code, 2);
  });
});
