import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

describe('デモのポータル (npm start)', () => {
  let server: DemoServer;
  let browser: Browser;
  before(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ページが開き、アシスタントが表示され、エラーが出ない', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page
      .locator('koiki-assistant')
      .first()
      .getByRole('heading', { name: '特別交付税 申請アシスタント' })
      .waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
