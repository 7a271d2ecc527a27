// A hostile file may hold tens of thousands of rows: it is refused when read (no 団体's claim has
// more than a thousand rows in a list), and at that limit the checks across claims stay
// near-linear (grouped by key, never all pairs), so the roll-up finishes instead of stalling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaims, isRefusedFile, readClaimFile } from '@koiki/rollup';
import { type ExampleClaim, exampleClaim } from './support/example-claims.ts';
import { edited, received } from './support/received.ts';

const LIMIT = 1000;

const payload = (claim: ExampleClaim) =>
  new TextEncoder().encode(
    JSON.stringify({ formId: claim.formId, schemaVersion: claim.schemaVersion, data: claim.data }),
  );

function withPosts(base: ExampleClaim, rows: number, documentNumber: string): ExampleClaim {
  return edited(base, (data) => {
    data.applicant.documentNumber = documentNumber;
    data.posts = Array.from({ length: rows }, (_, i) => ({
      ...data.posts[0],
      postName: `住民課 保健師${i % 2 === 0 ? i : ''}`,
      staffName: i % 3 === 0 ? undefined : `職員${i}`,
    }));
  });
}

describe('行が非常に多い申請', () => {
  it('1つの一覧が 1,000 行を超えるファイルは読み込まずに理由を示す', async () => {
    const base = await exampleClaim(
      'specialist-dispatch',
      'municipality-local-autonomy-dispatch.json',
    );
    const result = await readClaimFile('many.json', payload(withPosts(base, LIMIT + 1, '第1号')));
    assert.ok(isRefusedFile(result));
    assert.match(result.message, /1,000 行を超える一覧があります/);
    assert.ok(
      !isRefusedFile(await readClaimFile('ok.json', payload(withPosts(base, LIMIT, '第1号')))),
    );
  });

  it('上限いっぱいの申請どうしでも申請をまたぐ検査を終える', { timeout: 120_000 }, async () => {
    const dispatch = await exampleClaim(
      'specialist-dispatch',
      'municipality-local-autonomy-dispatch.json',
    );
    const city = await exampleClaim(
      'consolidation-claim',
      'prefecture-city-library-third-year.json',
    );
    const prefecture = await exampleClaim(
      'consolidation-claim',
      'prefecture-library-both-stages.json',
    );
    const manyInitiatives = (claim: ExampleClaim) =>
      edited(claim, (data) => {
        data.initiatives = Array.from({ length: LIMIT }, () => data.initiatives[0]);
      });
    const report = await checkClaims([
      received(withPosts(dispatch, LIMIT, '第1号'), 'a.json'),
      received(withPosts(dispatch, LIMIT, '第2号'), 'b.json'),
      received(manyInitiatives(city), 'c.json'),
      received(manyInitiatives(prefecture), 'd.json'),
    ]);
    assert.equal(report.claims.length, 4);
  });
});
