import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useBundlePages } from './support/suite-setup.ts';

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('ホストページからの分離', () => {
  const site = useBundlePages({ 'content-security-policy': strictCsp });

  const open = async (path: string): Promise<{ page: Page; errors: string[] }> => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.server.url + path);
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
