// `koiki calc consolidation-claim <example>` on every example of the form: the amounts are the ones
// computed by hand from SPEC §2.2 (調査検討経費 × 1/2, 1団体あたり全取組で 500万円; 円滑化経費 × 4/5,
// 集約化等1件・1団体あたり 5年度間で 5,000万円), written beside each expectation.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = join(root, 'forms', 'consolidation-claim', 'examples');

interface CalcOutput {
  valid: boolean;
  amounts: {
    claimable: boolean;
    lines: { id: string; amount: number; capped: boolean }[];
    totals: { yen: number; thousandYen: number };
    issues: { code: string; path: string }[];
  };
}

function calc(file: string): { code: number | null; output: CalcOutput } {
  const run = spawnSync(
    process.execPath,
    [join(root, 'packages/cli/bin/koiki.js'), 'calc', 'consolidation-claim', join(folder, file)],
    { cwd: root, encoding: 'utf8' },
  );
  return { code: run.status, output: JSON.parse(run.stdout) as CalcOutput };
}

/** Valid examples: each line's amount and the total in 円, computed by hand. */
const claimable: Record<string, { lines: [string, number][]; total: number }> = {
  // 取組A 4,800,000 + 700,000 + 500,000 = 6,000,000 × 1/2 = 3,000,000円;
  // 取組B 4,200,000 + 800,000 = 5,000,000 × 1/2 = 2,500,000円 → 5,000,000 − 3,000,000 = 2,000,000円.
  'city-two-consolidations-research-cap.json': {
    lines: [
      ['initiatives.0.research', 3_000_000],
      ['initiatives.1.research', 2_000_000],
    ],
    total: 5_000_000,
  },
  // 機能統合 decided 2025-09-10 → 完了年度 令和7年度; 令和8年度 is within the 5 years, nothing earlier:
  // 2,500,000 + 1,800,000 = 4,300,000 × 4/5 = 3,440,000円.
  'function-integration-school-lunch.json': {
    lines: [['initiatives.0.smoothing', 3_440_000]],
    total: 3_440_000,
  },
  // 2,400,000 + 6,800,000 + 3,200,000 = 12,400,000 × 4/5 = 9,920,000円, but
  // 50,000,000 − (18,000,000 + 24,000,000) = 8,000,000円 is left of the cap.
  'prefecture-city-library-third-year.json': {
    lines: [['initiatives.0.smoothing', 8_000_000]],
    total: 8_000_000,
  },
  // 6,600,000 + 480,000 + 320,000 = 7,400,000 × 1/2 = 3,700,000円.
  'prefecture-city-research-stage.json': {
    lines: [['initiatives.0.research', 3_700_000]],
    total: 3_700_000,
  },
  // 調査検討 420,000 + 1,980,000 = 2,400,000 × 1/2 = 1,200,000円;
  // 円滑化 14,500,000 + 650,000 = 15,150,000 × 4/5 = 12,120,000円; 計 13,320,000円.
  'prefecture-library-both-stages.json': {
    lines: [
      ['initiatives.0.research', 1_200_000],
      ['initiatives.0.smoothing', 12_120_000],
    ],
    total: 13_320_000,
  },
  // 集約先 not decided yet: 1,800,000 + 350,000 + 250,000 = 2,400,000 × 1/2 = 1,200,000円.
  'town-research-stage-no-target.json': {
    lines: [['initiatives.0.research', 1_200_000]],
    total: 1_200_000,
  },
};

/** Invalid examples: the reason each is refused (then nothing is claimable). */
const refused: Record<string, { code: string; path: string }> = {
  'invalid-public-hospital-smoothing.json': {
    code: 'consolidation.excludedFacilityTag',
    path: 'initiatives.0.sourceFacilities.0.type',
  },
  'invalid-public-housing-smoothing.json': {
    code: 'consolidation.excludedFacilityTag',
    path: 'initiatives.0.sourceFacilities.1.type',
  },
  'invalid-single-dantai.json': {
    code: 'consolidation.singleDantai',
    path: 'initiatives.0.otherParties',
  },
  'invalid-sixth-year.json': { code: 'consolidation.afterWindow', path: 'initiatives.0.stages' },
};

describe('koiki calc consolidation-claim: 例ごとに手計算の額', () => {
  it('例のファイルはすべて、下の手計算か退ける理由のどちらかを持つ', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
    assert.deepEqual(files.sort(), [...Object.keys(claimable), ...Object.keys(refused)].sort());
  });

  for (const [file, expected] of Object.entries(claimable)) {
    it(`${file}: 合計 ${expected.total.toLocaleString('ja-JP')}円、終了コード 0`, () => {
      const { code, output } = calc(file);
      assert.equal(code, 0);
      assert.equal(output.valid, true);
      assert.equal(output.amounts.claimable, true);
      assert.deepEqual(
        output.amounts.lines.map((line) => [line.id, line.amount]),
        expected.lines,
      );
      assert.equal(output.amounts.totals.yen, expected.total);
      assert.equal(output.amounts.totals.thousandYen, expected.total / 1000);
    });
  }

  it('2つの集約化の調査検討経費: 2つ目の取組で 1団体あたりの上限が効いたと示す', () => {
    const { output } = calc('city-two-consolidations-research-cap.json');
    assert.deepEqual(
      output.amounts.lines.map((line) => line.capped),
      [false, true],
    );
  });

  for (const [file, reason] of Object.entries(refused)) {
    it(`${file}: ${reason.code} で退け、申請できる額は 0円、終了コード 1`, () => {
      const { code, output } = calc(file);
      assert.equal(code, 1);
      assert.equal(output.valid, false);
      assert.equal(output.amounts.claimable, false);
      assert.deepEqual(output.amounts.totals, { yen: 0, thousandYen: 0 });
      assert.ok(
        output.amounts.issues.some(
          (issue) => issue.code === reason.code && issue.path === reason.path,
        ),
      );
    });
  }
});
