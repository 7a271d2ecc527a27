import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildAssistantBundle } from './support/assistant-bundle.ts';
import { launchBrowser } from './support/browser.ts';
import { type StaticServer, startStaticServer } from './support/static-server.ts';

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('ホストページからの分離', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    const bundle = await buildAssistantBundle();
    server = await startStaticServer(
      { '/assistant/': bundle, '/pages/': fileURLToPath(new URL('./pages/', import.meta.url)) },
      { 'content-security-policy': strictCsp },
    );
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + path);
    await page
      .locator('koiki-assistant')
      .first()
      .getByRole('heading')
      .first()
      .waitFor({ state: 'attached' });
    return { page, errors };
  };

  it('厳格な CSP（unsafe-inline・unsafe-eval なし）で違反が 0 件', async () => {
    const { page, errors } = await open('pages/strict-csp.html');
    await page
      .locator('koiki-assistant[mode="panel"]')
      .getByRole('button', { name: '申請アシスタントを開く' })
      .click();
    await page.getByRole('button', { name: '閉じる' }).waitFor();
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('敵対的な CSS でも見出しとボタンが通常の大きさで見える', async () => {
    const { page } = await open('pages/hostile.html');
    const assistant = page.locator('koiki-assistant');
    const heading = assistant.getByRole('heading', { name: '特別交付税 申請アシスタント' });
    assert.equal(await heading.isVisible(), true);
    const size = await heading.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.equal(size, 20);
    assert.match(await heading.evaluate((el) => getComputedStyle(el).fontFamily), /sans-serif$/);
    const button = assistant.getByRole('button', { name: /連携協約に基づく専門人材派遣/ });
    assert.equal(await button.isVisible(), true);
    const color = await button.evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(color, 'rgb(255, 0, 0)');
    const box = await assistant.boundingBox();
    assert.ok(box && box.height < 600, `assistant height ${box?.height}`);
    await page.close();
  });
});
