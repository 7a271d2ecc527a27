// Claim files the old code wrote (test/fixtures/v1, see its README): `koiki validate | calc | pdf`
// read them as the claim model v2, say on stderr which version they migrated, and compute the
// same amounts as the old code did.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '@koiki/cli';
import { readPdfData } from '@koiki/pdf';
import { consolidationContract, migrateClaim, specialistDispatchContract } from '@koiki/schemas';
import { v1Fixture, v1FixturePath } from '../fixtures/v1/v1-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'koiki-v1-'));

async function koiki(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function tempFile(name: string, value: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const forms = [
  {
    formId: 'specialist-dispatch',
    contract: specialistDispatchContract,
    base: 'specialist-dispatch.v1',
    from: 1,
    // 募集経費 (1,650,000 + 770,000) × 0.5 = 1,210,000 → 上限 1,000,000; 人件費 (8,000,000 − 1,000,000)
    // × 0.5 = 3,500,000 and (2,700,000 − 500,000) × 0.5 = 1,100,000: 5,600,000円 (5,600千円).
    total: 5_600_000,
  },
  {
    formId: 'consolidation-claim',
    contract: consolidationContract,
    base: 'consolidation-claim.v2',
    from: 2,
    // 円滑化経費 (2,400,000 + 6,800,000 + 3,200,000) × 0.8 = 9,920,000, 上限の残り
    // 50,000,000 − 18,000,000 − 24,000,000 = 8,000,000: 8,000,000円 (8,000千円).
    total: 8_000_000,
  },
] as const;

interface OldCalc {
  amounts: { totals: { yen: number }; lines: { id: string; amount: number }[] };
}

for (const form of forms) {
  const current = form.contract.schemaVersion;
  const note = `schemaVersion ${form.from} のデータを ${current} に移行して読み込みました。`;
  const files = {
    データそのもの: v1FixturePath(`${form.base}.json`),
    payload: v1FixturePath(`${form.base}.payload.json`),
  };

  describe(`${form.formId} 版${form.from}のファイル`, () => {
    for (const [kind, file] of Object.entries(files)) {
      it(`validate（${kind}）: 有効（0）で、移行したことを標準エラーに出す`, async () => {
        const run = await koiki('validate', form.formId, file);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.stderr, note);
      });

      it(`calc（${kind}）: ${form.total.toLocaleString('ja-JP')}円、旧版の算定と同じ額で申請できる`, async () => {
        const run = await koiki('calc', form.formId, file);
        assert.equal(run.code, 0, run.stdout);
        assert.equal(run.stderr, note);
        const output = JSON.parse(run.stdout);
        assert.equal(output.schemaVersion, current);
        assert.equal(output.claimable, true);
        assert.equal(output.amounts.totals.yen, form.total);
        const old = v1Fixture(`${form.base}.calc.json`) as OldCalc;
        assert.equal(old.amounts.totals.yen, form.total);
        const amountsOf = (lines: { amount: number }[]) => lines.map((line) => line.amount).sort();
        assert.deepEqual(amountsOf(output.amounts.lines), amountsOf(old.amounts.lines));
      });
    }

    it('pdf: 版2以降のデータで印刷し（0）、埋め込まれたデータは今の版', async () => {
      const out = join(tmp, `${form.base}.pdf`);
      const run = await koiki('pdf', form.formId, files.payload, '-o', out);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, note);
      const embedded = await readPdfData(new Uint8Array(readFileSync(out)));
      assert.equal(embedded.schemaVersion, current);
      const data = v1Fixture(`${form.base}.json`);
      const migrated = migrateClaim(form.contract, data, form.from);
      assert.deepEqual(embedded.data, migrated.ok && migrated.data);
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      assert.match(text, new RegExp(`${form.total.toLocaleString('ja-JP')}円`));
    });
  });
}

describe('版の扱い', () => {
  const payload = v1Fixture('specialist-dispatch.v1.payload.json') as Record<string, unknown>;

  it('今の版より新しい schemaVersion のファイルは読まずに断る（2）', async () => {
    const current = specialistDispatchContract.schemaVersion;
    const file = tempFile('newer.json', { ...payload, schemaVersion: current + 1 });
    const run = await koiki('calc', 'specialist-dispatch', file);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, new RegExp(`schemaVersion ${current + 1} のデータは.*新しい版で`));
  });

  it('schemaVersion のない payload も、データの形で版1と見分けて移す', async () => {
    const { schemaVersion: _version, ...unversioned } = payload;
    const run = await koiki(
      'validate',
      'specialist-dispatch',
      tempFile('unversioned.json', unversioned),
    );
    assert.equal(run.code, 0, run.stdout);
    const current = specialistDispatchContract.schemaVersion;
    assert.equal(run.stderr, `schemaVersion 1 のデータを ${current} に移行して読み込みました。`);
  });

  it('今の版のファイルには移行の知らせを出さない', async () => {
    const migrated = migrateClaim(specialistDispatchContract, payload.data, 1);
    const current = specialistDispatchContract.schemaVersion;
    const file = tempFile('current.json', {
      formId: 'specialist-dispatch',
      schemaVersion: current,
      data: migrated.ok && migrated.data,
    });
    const run = await koiki('validate', 'specialist-dispatch', file);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.stderr, '');
  });

  it('版1の集約化等（完了年度を尋ねていた版）もデータの形で見分け、今の版まで移す', async () => {
    const v2 = v1Fixture('consolidation-claim.v2.json') as Record<string, Record<string, unknown>>;
    const { serviceStartDate, ...target } = v2.targetFacility as Record<string, unknown>;
    const v1 = {
      ...v2,
      targetFacility: target,
      completion: { fiscalYear: 2025, basis: '供用開始日', basisDate: serviceStartDate },
    };
    const run = await koiki('calc', 'consolidation-claim', tempFile('consolidation-v1.json', v1));
    const current = consolidationContract.schemaVersion;
    assert.equal(run.stderr, `schemaVersion 1 のデータを ${current} に移行して読み込みました。`);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(JSON.parse(run.stdout).amounts.totals.yen, 8_000_000);
  });
});
