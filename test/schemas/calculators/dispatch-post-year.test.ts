// Where a dispatched post stands in the claim year, and which 団体 lie outside the applicant's
// prefecture: both decided from the data alone (dates, 団体コード), never from the user's word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  firstDispatchFiscalYear,
  isFirstDispatchYear,
  isPlannedPost,
  outsideAreaWarnings,
} from '@koiki/schemas';
import { dispatchExample } from './example-data.ts';

describe('派遣初年度と予定のポスト（日付から）', () => {
  it('3月31日に始まったポストの初年度はその前の年度、4月1日なら新しい年度', () => {
    assert.equal(firstDispatchFiscalYear({ periodFrom: '2026-03-31' }), 2025);
    assert.equal(firstDispatchFiscalYear({ periodFrom: '2026-04-01' }), 2026);
    assert.equal(isFirstDispatchYear({ periodFrom: '2026-03-31' }, 2026), false);
    assert.equal(isFirstDispatchYear({ periodFrom: '2026-04-01' }, 2026), true);
  });

  it('開始日か年度がないうちは、初年度かどうかを決めない', () => {
    assert.equal(isFirstDispatchYear({}, 2026), undefined);
    assert.equal(isFirstDispatchYear({ periodFrom: '2026-04-01' }, undefined), undefined);
    assert.equal(isFirstDispatchYear({ periodFrom: '2026/04/01' }, 2026), undefined);
  });

  it('対象年度の末日より後に始まるポストだけが予定（翌年度4月1日からなど）', () => {
    assert.equal(isPlannedPost({ periodFrom: '2027-04-01' }, 2026), true);
    assert.equal(isPlannedPost({ periodFrom: '2027-03-31' }, 2026), false);
    assert.equal(isPlannedPost({}, 2026), false);
  });
});

describe('区域外の団体（団体コードの上2桁）', () => {
  it('同じ県の当事者と派遣先だけなら警告はない', () => {
    assert.deepEqual(outsideAreaWarnings(dispatchExample()), []);
  });

  it('奈良県の申請で長野県川上村が当事者かつ派遣先なら、警告は団体ごとに1件（最初に出た場所）', () => {
    const data = dispatchExample('prefecture-outside-area-confirmed.json');
    const warnings = outsideAreaWarnings(data);
    assert.deepEqual(
      warnings.map((w) => [w.path, w.warning]),
      [['agreements.0.parties.1.dantaiCode', true]],
    );
    assert.match(
      warnings[0]?.message ?? '',
      /^連携協約「奈良県と長野県川上村との間における専門人材の派遣に関する連携協約」の当事者（団体コード 203041、長野県）は、申請団体の奈良県の区域外の団体です。/,
    );
  });

  it('協約名や職名がまだ無ければ、何番目の協約・派遣かで示す', () => {
    const data = dispatchExample('prefecture-outside-area-confirmed.json');
    data.agreements[0]!.name = ' ';
    assert.match(
      outsideAreaWarnings(data)[0]?.message ?? '',
      /^1件目の連携協約の当事者（団体コード 203041、/,
    );
    const post = dispatchExample();
    post.posts[1]!.recipientCode = '203050';
    post.posts[1]!.postName = '';
    assert.match(
      outsideAreaWarnings(post)[0]?.message ?? '',
      /^2件目の派遣の派遣先（団体コード 203050、/,
    );
  });

  it('協約の当事者でない区域外の派遣先にも警告する', () => {
    const data = dispatchExample();
    data.posts[1]!.recipientCode = '203050'; // 長野県南牧村
    const warnings = outsideAreaWarnings(data);
    assert.deepEqual(
      warnings.map((w) => w.path),
      ['posts.1.recipientCode'],
    );
    const postName = data.posts[1]!.postName;
    assert.ok(postName);
    assert.equal(
      warnings[0]?.message.startsWith(`「${postName}」の派遣先（団体コード 203050、長野県）は、`),
      true,
    );
  });

  it('検査数字の合わないコードや未入力では警告しない', () => {
    const data = dispatchExample();
    data.posts[1]!.recipientCode = '203051';
    assert.deepEqual(outsideAreaWarnings(data), []);
    assert.deepEqual(outsideAreaWarnings({}), []);
  });
});
