// Printing: the PDF goes to the browser's print through a hidden frame inside the assistant, and
// the review page prints without the wizard's buttons.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FONT_FILE_NAME } from '../../packages/pdf/src/font-files.ts';
import { exampleData } from './support/example-data.ts';
import { useBundlePages } from './support/suite-setup.ts';
import { nextStep, openWith, walkTo } from './support/walk.ts';

describe('印刷（確認ページで PDF の準備を始める）', () => {
  const site = useBundlePages();

  it('確認ページは印刷でボタンが消え、PDF の印刷は隠れた枠から呼ばれる', async () => {
    const page = await site.browser.newPage();
    // Count print() calls instead of opening a dialog (as a string: see privacy-and-faults.test.ts).
    await page.addInitScript({
      content: 'window.printCalls = 0; window.print = function () { window.printCalls++; };',
    });
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    const data = exampleData('specialist-dispatch', 'municipality-local-autonomy-dispatch');
    await openWith(page, 'specialist-dispatch', { ...data, attachments: [] });
    const fontsRequested = page.waitForRequest((request) =>
      request.url().endsWith(`/koiki-assets/${FONT_FILE_NAME}`),
    );
    await walkTo(page, '確認');
    await fontsRequested; // warmed up (by the PDF worker) while the user reads the review page
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('koiki-form-runner .navigation').isVisible(), false);
    assert.equal(
      await page.locator('koiki-review-list').getByRole('button').first().isVisible(),
      false,
    );
    assert.equal(await page.locator('koiki-review-list').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });

    await nextStep(page);
    await page.getByRole('button', { name: 'PDF を作成' }).click();
    const frame = page.waitForEvent('frameattached');
    await page.getByRole('button', { name: '印刷' }).click({ timeout: 30_000 });
    const attached = await frame;
    await attached.waitForLoadState();
    // Built off the main thread: the worker's files were fetched, the page's own builder was not.
    assert.ok(site.server.requests.some((path) => path.startsWith('/assistant/pdf-worker/')));
    assert.ok(!site.server.requests.some((path) => path.startsWith('/assistant/build-pdf-')));
    assert.match(attached.url(), /^blob:/);
    const inShadow = await page.evaluate(() => {
      const runner = document
        .querySelector('koiki-assistant')
        ?.shadowRoot?.querySelector('koiki-form-runner');
      return (
        runner?.shadowRoot?.querySelector('iframe.print-frame') !== null &&
        document.querySelectorAll('iframe').length === 0
      );
    });
    assert.equal(inShadow, true, 'the print frame lives inside the assistant, not in the page');
    await page.close();
  });
});
