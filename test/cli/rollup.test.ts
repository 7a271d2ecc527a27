// `koiki rollup` on a folder of PDFs made from the forms' examples: the .xlsx it writes, read back,
// equals what `koiki calc` gives for each claim, and the totals; the CSV keeps Japanese (BOM).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { read, utils } from '@e965/xlsx';
import { runCli } from '@koiki/cli';
import { formRegistry } from '@koiki/forms';
import type { ClaimResult } from '@koiki/schemas';
import {
  claimPdf,
  type ExampleClaim,
  payloadBytes,
  validExamples,
} from '../rollup/support/example-claims.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'koiki-rollup-'));

function koiki(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/koiki.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
  });
  return { code, stdout, stderr };
}

/** One example per form, 団体 and year: several claims of one 団体 and year are tested elsewhere. */
function onePerDantaiYear(examples: readonly ExampleClaim[]): ExampleClaim[] {
  const seen = new Set<string>();
  return examples.filter((example) => {
    const data = example.data as { applicant: { dantaiCode: string }; fiscalYear: number };
    const key = `${example.formId} ${data.applicant.dantaiCode} ${data.fiscalYear}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What `koiki calc <form> <example>` prints, run in this process. */
async function calc(example: ExampleClaim): Promise<ClaimResult> {
  const file = join(tmp, `calc-${example.name}`);
  writeFileSync(file, await payloadBytes(example));
  const run = await inProcess('calc', example.formId, file);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout).amounts;
}

const categoryOf = (label: string) => label.split('（')[0];

describe('koiki rollup（例の PDF のフォルダー）', () => {
  const folder = join(tmp, 'received');
  const nested = join(folder, '2026-12');
  const examples: ExampleClaim[] = [];
  let run: ReturnType<typeof koiki>;

  before(async () => {
    mkdirSync(nested, { recursive: true });
    examples.push(...onePerDantaiYear(await validExamples()));
    for (const [index, example] of examples.entries()) {
      // Half in a subfolder: folders are read with their subfolders.
      const dir = index % 2 === 0 ? folder : nested;
      writeFileSync(join(dir, example.name.replace(/\.json$/, '.pdf')), await claimPdf(example));
    }
    writeFileSync(join(folder, '受付メモ.txt'), '12月1日受付分');
    run = koiki('rollup', folder, '--xlsx', join(tmp, 'out.xlsx'), '--csv', join(tmp, 'out.csv'));
  });

  it('登録簿のどの様式の例もフォルダーにある', async () => {
    const withExamples: string[] = [];
    for (const entry of formRegistry)
      if ((await entry.examples()).valid.length > 0) withExamples.push(entry.id);
    assert.deepEqual([...new Set(examples.map((e) => e.formId))].sort(), withExamples.sort());
  });

  it('.xlsx の各行の額は koiki calc の結果と同じで、合計も合う', async () => {
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const book = read(readFileSync(join(tmp, 'out.xlsx')));
    let overall = 0;
    for (const formId of new Set(examples.map((e) => e.formId))) {
      const ofForm = examples.filter((e) => e.formId === formId);
      const sheetName = formRegistry.find((entry) => entry.id === formId)?.title ?? formId;
      assert.ok(book.SheetNames.includes(sheetName), `a sheet for ${formId}`);
      const rows = rowsOf(sheetName);
      const header = rows[0] as string[];
      const column = (name: string) => header.indexOf(name);
      let sheetTotal = 0;
      for (const example of ofForm) {
        const amounts = await calc(example);
        const pdfName = example.name.replace(/\.json$/, '.pdf');
        const row = rows.find((r) => String(r[column('ファイル')]).endsWith(pdfName));
        assert.ok(row, pdfName);
        assert.equal(row[column('集計')], '集計', `${pdfName}: ${row[column('確認事項')]}`);
        assert.equal(row[column('措置額（円）')], amounts.totals.yen, pdfName);
        assert.equal(row[column('措置額（千円）')], amounts.totals.thousandYen, pdfName);
        const byCategory = new Map<string, number>();
        for (const line of amounts.lines) {
          const label = categoryOf(line.label) ?? line.label;
          byCategory.set(label, (byCategory.get(label) ?? 0) + line.amount);
        }
        for (const [label, yen] of byCategory)
          assert.equal(row[column(`${label}（円）`)], yen, `${pdfName} ${label}`);
        sheetTotal += amounts.totals.yen;
      }
      const totalRow = rows.at(-1);
      assert.equal(totalRow?.[0], '合計');
      assert.equal(totalRow?.[column('措置額（円）')], sheetTotal);
      overall += sheetTotal;
    }
    const summary = rowsOf('集計');
    assert.equal(summary.find((row) => row[0] === '総計')?.[2], overall);

    function rowsOf(name: string) {
      return utils.sheet_to_json<unknown[]>(book.Sheets[name] as never, {
        header: 1,
        defval: null,
      });
    }
  });

  it('CSV は BOM 付きの UTF-8 で日本語を保つ', () => {
    const bytes = readFileSync(join(tmp, 'out.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.match(text, /^\uFEFFNo\.,様式,状態,集計,団体コード,団体名/);
    assert.match(text, /連携協約に基づく専門人材派遣/);
    assert.match(text, /土佐町/);
  });

  it('終了コードは、すべて OK なら 0、要確認・不備があれば 1', () => {
    const statuses = [...run.stdout.matchAll(/^\[(OK|要確認|不備)\]/gm)].map((m) => m[1]);
    assert.equal(statuses.length, examples.length, run.stdout);
    assert.equal(run.code, statuses.every((s) => s === 'OK') ? 0 : 1);
    assert.doesNotMatch(run.stdout, /受付メモ/, 'a folder’s other files are not read');
  });
});

describe('koiki rollup の終了コードと出力', () => {
  let town: ExampleClaim;
  before(async () => {
    town = (await validExamples()).find(
      (e) => e.name === 'town-research-stage-no-target.json',
    ) as ExampleClaim;
  });

  it('すべて OK なら 0、標準出力に一覧と合計', async () => {
    const dir = mkdtempSync(join(tmp, 'ok-'));
    writeFileSync(join(dir, 'tosa.json'), await payloadBytes(town));
    const result = await inProcess('rollup', dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /\[OK\] .*tosa\.json：複数団体による公共施設の集約化・複合化等・土佐町 令和7年度・1,200,000円/,
    );
    assert.match(result.stdout, /総計：1,200,000円（1,200千円）/);
  });

  it('読めないファイルがあれば 2（ほかのファイルは集計して書き出す）', async () => {
    const dir = mkdtempSync(join(tmp, 'broken-'));
    writeFileSync(join(dir, 'tosa.json'), await payloadBytes(town));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 garbage');
    const xlsx = join(dir, 'out.xlsx');
    const result = await inProcess('rollup', dir, '--xlsx', xlsx);
    assert.equal(result.code, 2);
    assert.match(result.stdout, /\[受付不可\] .*broken\.pdf：/);
    const book = read(readFileSync(xlsx));
    assert.ok(book.SheetNames.includes('受付不可'));
  });

  it('--json は検査結果と断ったファイルを JSON で出す', async () => {
    const dir = mkdtempSync(join(tmp, 'json-'));
    writeFileSync(join(dir, 'tosa.json'), await payloadBytes(town));
    const result = await inProcess('rollup', join(dir, 'tosa.json'), '--json');
    const output = JSON.parse(result.stdout);
    assert.equal(output.claims[0].status, 'OK');
    assert.deepEqual(output.overall, { yen: 1_200_000, thousandYen: 1_200 });
    assert.deepEqual(output.refused, []);
  });

  it('使い方の誤りとないパスは 2、日本語の理由', async () => {
    assert.match((await inProcess('rollup')).stderr, /ファイルかフォルダーを指定してください/);
    assert.equal((await inProcess('rollup')).code, 2);
    const missing = await inProcess('rollup', join(tmp, 'nowhere'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /見つからないか、読めません/);
    const option = await inProcess('rollup', tmp, '--pdf');
    assert.equal(option.code, 2);
    assert.match(option.stderr, /オプション「--pdf」はありません/);
    const noOut = await inProcess('rollup', tmp, '--xlsx');
    assert.match(noOut.stderr, /--xlsx の後に出力するファイル名/);
    const empty = mkdtempSync(join(tmp, 'empty-'));
    assert.match((await inProcess('rollup', empty)).stderr, /PDF・JSON のファイルがありません/);
  });

  it('koiki --help に rollup が載る', async () => {
    assert.match((await inProcess('--help')).stdout, /koiki rollup <ファイルまたはフォルダー…>/);
  });
});
