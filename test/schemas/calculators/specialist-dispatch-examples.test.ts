// `koiki calc specialist-dispatch <example>` on every example of forms/specialist-dispatch/examples,
// against amounts computed by hand from SPEC §2.1 (措置率 1/2, floor; 募集経費 上限 1,000,000円/団体;
// 人件費・負担金 上限 6,000,000円/人). The figures below were worked out on paper from the example
// files, never copied from the program's output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ClaimResult } from '@koiki/schemas';
import { examples } from '../../../forms/specialist-dispatch/examples/index.ts';
import { runCli } from '../../../packages/cli/src/run-cli.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = (name: string) => join(root, 'forms/specialist-dispatch/examples', name);

interface CalcOutput {
  valid: boolean;
  amounts: ClaimResult;
}

/** Runs `koiki calc specialist-dispatch <file>` in this process (the same code as the binary). */
async function calc(file: string): Promise<{ code: number; output: CalcOutput }> {
  let out = '';
  const io = { out: (text: string) => (out += text), err: () => {} };
  const code = await runCli(['calc', 'specialist-dispatch', example(file)], io);
  return { code, output: JSON.parse(out) as CalcOutput };
}

/** Valid examples: what is claimed, in 円, as computed by hand. */
const claimed: Record<string, { yen: number; handComputation: string }> = {
  'prefecture-three-agreements-three-villages.json': {
    yen: 11_600_000,
    handComputation:
      '募集経費 (900,000+800,000+700,000)=2,400,000 × 1/2 = 1,200,000 → 1団体あたり上限 1,000,000（3協約で1回）; ' +
      '川上村 (6,800,000−800,000) × 1/2 = 3,000,000; 南牧村 3,200,000 × 1/2 = 1,600,000; ' +
      '小海町 13,000,000 × 1/2 = 6,500,000 → 上限 6,000,000; 計 11,600,000円',
  },
  'prefecture-three-people.json': {
    yen: 11_505_000,
    handComputation:
      '募集経費 (880,000+330,000)=1,210,000 × 1/2 = 605,000; (7,200,000−1,000,000) × 1/2 = 3,100,000; ' +
      '3,600,000 × 1/2 = 1,800,000; 12,800,000 × 1/2 = 6,400,000 → 上限 6,000,000; 計 11,505,000円',
  },
  'prefecture-two-people-with-contribution.json': {
    yen: 5_600_000,
    handComputation:
      '募集経費 (1,650,000+770,000)=2,420,000 × 1/2 = 1,210,000 → 上限 1,000,000; ' +
      '(8,000,000−1,000,000) × 1/2 = 3,500,000; (2,700,000−500,000) × 1/2 = 1,100,000; 計 5,600,000円',
  },
  'municipality-local-autonomy-dispatch.json': {
    yen: 9_400_000,
    handComputation:
      '派遣初年度（令和8年4月1日開始、令和8年度）の負担金 6,800,000 × 1/2 = 3,400,000; ' +
      '13,500,000 × 1/2 = 6,750,000 → 上限 6,000,000; 計 9,400,000円',
  },
  'prefecture-outside-area-confirmed.json': {
    yen: 3_200_000,
    handComputation: '(7,600,000−1,200,000) × 1/2 = 3,200,000円（区域外は確認済み、警告つき）',
  },
  'prefecture-recruitment-planned-post.json': {
    yen: 420_000,
    handComputation:
      '募集経費 (480,000+360,000)=840,000 × 1/2 = 420,000円; 令和9年4月1日からのポストは予定で 0',
  },
  'prefecture-recruitment-no-post-yet.json': {
    yen: 190_000,
    handComputation:
      '募集経費 (100,000+80,000+60,000+40,000+20,000+50,000+30,000)=380,000 × 1/2 = 190,000円（ポストなし、募集した職種のみ）',
  },
};

/** Invalid examples: nothing claimed; the 参考 sum of the lines still shown, computed by hand. */
const reference: Record<string, { yen: number; handComputation: string }> = {
  'invalid-agreement-without-expertise.json': {
    yen: 10_000_000,
    handComputation:
      '南牧村の協約の行なし: 1,000,000 + 3,000,000 + 6,000,000 = 10,000,000円（参考）',
  },
  'invalid-before-measure.json': {
    yen: 0,
    handComputation: '令和5年度は措置の創設前: 行なし 0円',
  },
  'invalid-core-city-recipient.json': {
    yen: 605_000,
    handComputation:
      '奈良市（中核市）の3ポストは行なし: 募集経費 1,210,000 × 1/2 = 605,000円（参考）',
  },
  'invalid-digital-post.json': {
    yen: 605_000,
    handComputation: 'デジタル人材のポストは行なし: 募集経費 1,210,000 × 1/2 = 605,000円（参考）',
  },
  'invalid-first-year-contradicts-dates.json': {
    yen: 8_600_000,
    handComputation:
      '食い違うポストは行なし: 1,000,000 + 1,600,000 + 6,000,000 = 8,600,000円（参考）',
  },
  'invalid-local-autonomy-later-year.json': {
    yen: 0,
    handComputation: '令和8年4月1日開始のポストの令和9年度は2年目: 負担金の行なし 0円',
  },
  'invalid-outside-area-unconfirmed.json': {
    yen: 3_200_000,
    handComputation: '(7,600,000−1,200,000) × 1/2 = 3,200,000円（参考、区域外が未確認）',
  },
  'invalid-permanent-staff-not-specialist.json': {
    yen: 5_600_000,
    handComputation:
      '小海町の常勤職員は行なし: 1,000,000 + 3,000,000 + 1,600,000 = 5,600,000円（参考）',
  },
  'invalid-post-ended-before-year.json': {
    yen: 10_000_000,
    handComputation:
      '南牧村のポストは前年度に終了: 1,000,000 + 3,000,000 + 6,000,000 = 10,000,000円（参考）',
  },
  'invalid-recruited-technical-staff.json': {
    yen: 190_000,
    handComputation:
      '技術職員を募集: (100,000+80,000+60,000+40,000+20,000+50,000+30,000)=380,000 × 1/2 = 190,000円（参考）',
  },
};

describe('koiki calc specialist-dispatch: 例ごとの措置額（手計算と照合）', () => {
  it('手計算の表は examples/index.ts の例をすべて含む', () => {
    assert.deepEqual(Object.keys(claimed).sort(), [...examples.valid].sort());
    assert.deepEqual(Object.keys(reference).sort(), Object.keys(examples.invalid).sort());
  });

  for (const [file, { yen, handComputation }] of Object.entries(claimed)) {
    it(`${file}: ${handComputation}`, async () => {
      const { code, output } = await calc(file);
      assert.equal(code, 0);
      assert.equal(output.valid, true);
      assert.equal(output.amounts.claimable, true);
      assert.equal(output.amounts.totals.yen, yen);
      assert.equal(output.amounts.referenceTotals.yen, yen);
    });
  }

  for (const [file, { yen, handComputation }] of Object.entries(reference)) {
    it(`${file}: 措置額 0円、${handComputation}`, async () => {
      const { code, output } = await calc(file);
      assert.equal(code, 1);
      assert.equal(output.valid, false);
      assert.equal(output.amounts.claimable, false);
      assert.deepEqual(output.amounts.totals, { yen: 0, thousandYen: 0 });
      assert.equal(output.amounts.referenceTotals.yen, yen);
    });
  }

  it('3協約の例: 募集経費は団体で1行、上限が1回だけ効く（協約ごとには出ない）', async () => {
    const { output } = await calc('prefecture-three-agreements-three-villages.json');
    const recruitment = output.amounts.lines.filter((line) => line.kind === 'recruitment');
    assert.equal(recruitment.length, 1);
    assert.equal(recruitment[0]?.capped, true);
    assert.equal(recruitment[0]?.amount, 1_000_000);
    const groups = new Set(output.amounts.lines.map((line) => line.group?.path));
    assert.deepEqual([...groups], [undefined, 'agreements.0', 'agreements.1', 'agreements.2']);
  });

  it('区域外を確認した例: 警告が算定結果の notes に warning として出る', async () => {
    const { output } = await calc('prefecture-outside-area-confirmed.json');
    const warnings = output.amounts.notes.filter((note) => note.warning === true);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.message ?? '', /団体コード 203041、長野県/);
  });

  it('実際の koiki コマンドでも同じ: 3協約の例は 11,600,000円（手計算）で終了コード 0', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'packages/cli/bin/koiki.js'),
        'calc',
        'specialist-dispatch',
        example('prefecture-three-agreements-three-villages.json'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    const output = JSON.parse(run.stdout) as CalcOutput;
    assert.equal(output.amounts.totals.yen, 11_600_000);
  });
});
