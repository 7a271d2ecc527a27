// The demo's 「県の取りまとめ」 page as `npm start` serves it: linked from the main page, preloaded
// with the samples of make-samples.ts on a first visit (each deliberate fault flagged, the broken file
// refused), a received claim opened read-only in the page's assistant, and the .xlsx exported in a
// worker.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useDemoPortal } from '../e2e/support/suite-setup.ts';

const samplesIndex = fileURLToPath(
  new URL('../../demo/rollup/samples/index.json', import.meta.url),
);

describe('デモ：県の取りまとめ', () => {
  const portal = useDemoPortal();

  it('トップページから開け、見本が読み込まれ、誤りの見本はそれぞれ指摘され、申請を閲覧のみで開ける', async () => {
    const samples = JSON.parse(await readFile(samplesIndex, 'utf8')) as { file: string }[];
    const page = await portal.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(portal.server.url);
    await page.getByRole('link', { name: '県の取りまとめ' }).click();
    const rollup = page.locator('koiki-rollup');
    // Every sample but the broken file is a row; the broken file is refused.
    await rollup.locator('caption', { hasText: `申請 ${samples.length - 1}件` }).waitFor();
    assert.equal(await rollup.locator('.refused li').count(), 1);
    /** The row of the file (by its file cell: other rows' reasons may name it too). */
    const rowOf = (fileName: string) =>
      rollup.locator('tbody tr').filter({
        has: page.locator('td.file').getByText(fileName, { exact: true }),
      });
    const statusOf = (fileName: string) => rowOf(fileName).locator('.status').textContent();
    const row = (prefix: string) => samples.find((s) => s.file.startsWith(prefix))!.file;
    assert.equal(await statusOf(row('10_')), '不備', '上限超過の1件目');
    assert.equal(await statusOf(row('11_')), '不備', '上限超過の2件目');
    assert.equal(await statusOf(row('08_')), '要確認', '重複（古い方）');
    assert.equal(await statusOf(row('12_')), '不備', '額の書き換え');
    assert.match((await rowOf(row('12_')).textContent()) ?? '', /記載の額/);

    // The .xlsx is built in a worker under Vite's dev server too (the page stays responsive).
    const exportWorker = page.waitForEvent('worker', {
      predicate: (worker) => worker.url().includes('export-worker'),
    });
    const download = page.waitForEvent('download');
    await rollup.getByRole('button', { name: '取りまとめ表を Excel（.xlsx）で書き出す' }).click();
    await exportWorker;
    assert.match((await download).suggestedFilename(), /\.xlsx$/);

    await rollup
      .locator('tbody tr', { hasText: row('12_') })
      .getByRole('button')
      .click();
    await rollup.getByRole('button', { name: '申請アシスタントで開く（閲覧のみ）' }).click();
    await page
      .locator('#viewer koiki-claim-view')
      .getByRole('heading', { name: /閲覧のみ/ })
      .waitFor();
    assert.equal(
      await page.locator('#viewer koiki-claim-view').getByRole('button', { name: /変更/ }).count(),
      0,
    );

    assert.deepEqual(errors, []);
    await page.close();
  });
});
