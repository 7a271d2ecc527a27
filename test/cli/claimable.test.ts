// An invalid claim has nothing to claim: `koiki calc` says claimable false with totals 0 (its
// lines stay as 参考), and `koiki pdf` refuses it with the reasons. `koiki schema` is the v2 model.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '@koiki/cli';
import { v1Fixture } from '../fixtures/v1/v1-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'koiki-claimable-'));

async function koiki(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The old specialist claim (5,600,000円 when valid) without its 担当者's name: invalid. */
function claimWithoutContactName(): string {
  const claim = v1Fixture('specialist-dispatch.v1.json') as { contact: Record<string, unknown> };
  delete claim.contact.name;
  const path = join(tmp, 'no-contact-name.json');
  writeFileSync(path, JSON.stringify(claim));
  return path;
}

describe('申請できない（無効な）データ', () => {
  it('calc: claimable は false、申請額は 0 円、各行の合計 5,600,000円は参考として残る', async () => {
    const run = await koiki('calc', 'specialist-dispatch', claimWithoutContactName());
    assert.equal(run.code, 1);
    const output = JSON.parse(run.stdout);
    assert.equal(output.valid, false);
    assert.equal(output.claimable, false);
    assert.equal(output.amounts.claimable, false);
    assert.deepEqual(output.amounts.totals, { yen: 0, thousandYen: 0 });
    assert.deepEqual(output.amounts.referenceTotals, { yen: 5_600_000, thousandYen: 5_600 });
    assert.ok(output.issues['contact.name']);
  });

  it('pdf: 作らずに終了コード 1、理由を項目の場所ごとに標準エラーへ出す', async () => {
    const out = join(tmp, 'refused.pdf');
    const run = await koiki('pdf', 'specialist-dispatch', claimWithoutContactName(), '-o', out);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /データに誤りがあるため PDF を作成できません/);
    assert.match(run.stderr, /^contact\.name: /m);
    assert.equal(existsSync(out), false);
  });
});

describe('koiki schema は v2 のデータの形', () => {
  it('専門人材派遣: 協約の一覧 agreements、派遣ごとの協約名と派遣先。agreement・recipient はない', async () => {
    const run = await koiki('schema', 'specialist-dispatch');
    assert.equal(run.code, 0);
    const schema = JSON.parse(run.stdout);
    assert.equal(schema.properties.agreements.type, 'array');
    assert.ok(schema.properties.agreements.items.properties.parties);
    const post = schema.properties.posts.items.properties;
    assert.ok(post.agreementName && post.recipientCode);
    assert.equal(schema.properties.agreement, undefined);
    assert.equal(schema.properties.recipient, undefined);
  });

  it('集約化等: 取組の一覧 initiatives（施設・措置区分・経費・集約先の決定を持つ）。initiative はない', async () => {
    const run = await koiki('schema', 'consolidation-claim');
    assert.equal(run.code, 0);
    const schema = JSON.parse(run.stdout);
    assert.equal(schema.properties.initiatives.type, 'array');
    const initiative = schema.properties.initiatives.items.properties;
    for (const key of ['sourceFacilities', 'targetDecided', 'targetFacility', 'stages']) {
      assert.ok(initiative[key], key);
    }
    assert.equal(schema.properties.initiative, undefined);
    assert.equal(schema.properties.targetFacility, undefined);
  });
});
