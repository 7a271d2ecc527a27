// The built one-script-tag <koiki-rollup> on a portal page with a strict CSP (no inline script or
// style, no eval): the demo's sample files chosen with the file picker are read in workers, shown,
// and exported as .xlsx (in a worker too) without a single violation.
import assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildRollupBundle } from '../bench/rollup-bundle.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import { type StaticServer, startStaticServer } from '../e2e/support/static-server.ts';

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'";
const samplesDir = fileURLToPath(new URL('../../demo/rollup/samples/', import.meta.url));

describe('<koiki-rollup> を厳格な CSP のページに埋め込む', () => {
  let bundle: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    bundle = await buildRollupBundle();
    server = await startStaticServer(
      {
        '/rollup/': bundle,
        '/pages/': fileURLToPath(new URL('../e2e/pages/', import.meta.url)),
        '/rollup-pages/': fileURLToPath(new URL('./pages/', import.meta.url)),
      },
      { 'content-security-policy': strictCsp },
    );
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(bundle, { recursive: true, force: true });
  });

  it('見本のファイルを選ぶとワーカーで読まれて表に並び、Excel に書き出せる。CSP 違反は 0 件', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}rollup-pages/strict-csp-rollup.html`);
    const samples = (await readdir(samplesDir)).filter((name) => name !== 'index.json');
    await page
      .locator('koiki-rollup #files')
      .setInputFiles(samples.map((n) => join(samplesDir, n)));
    const rows = page.locator('koiki-rollup table.claims tbody tr');
    await page
      .locator('koiki-rollup caption', { hasText: `申請 ${samples.length - 1}件` })
      .waitFor();
    assert.equal(await rows.count(), samples.length - 1);
    assert.equal(await page.locator('koiki-rollup .refused li').count(), 1);
    assert.ok(
      server.requests.some((r) => r.includes('read-worker')),
      'ワーカーで読んだ',
    );

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '取りまとめ表を Excel（.xlsx）で書き出す' }).click();
    assert.match((await download).suggestedFilename(), /\.xlsx$/);
    assert.ok(
      server.requests.some((r) => r.includes('export-worker')),
      'ワーカーで書き出した',
    );

    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
