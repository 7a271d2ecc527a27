import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoPortal } from './support/suite-setup.ts';

describe('デモのポータル (npm start)', () => {
  const portal = useDemoPortal();

  it('ページが開き、アシスタントが表示され、エラーが出ない', async () => {
    const page = await portal.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(portal.server.url);
    await page
      .locator('koiki-assistant')
      .first()
      .getByRole('heading', { name: '特別交付税 申請アシスタント' })
      .waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
