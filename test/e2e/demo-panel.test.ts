// The demo portal in panel mode: a claim prefilled by the host, walked to a PDF and submitted; the
// portal receives the payload and its legacy form is filled through the bridge.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleData } from './support/example-data.ts';
import { useDemoPortal } from './support/suite-setup.ts';
import { walkTo } from './support/walk.ts';

describe('デモのポータル：サイドパネルから申請して、ポータルがデータを受け取る', () => {
  const portal = useDemoPortal();

  it('集約化等の申請をサイドパネルで作成・提出すると、従来の入力欄と受信データに写る', async () => {
    const page = await portal.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${portal.server.url}panel.html`);
    const data = exampleData('consolidation-claim', 'prefecture-city-library-third-year');
    await page.evaluate((prefill) => {
      const el = document.getElementById('assistant') as HTMLElement & {
        prefill(d: unknown): void;
      };
      el.prefill({ ...prefill, attachments: [] });
    }, data);
    await page.getByRole('button', { name: '申請アシスタントを開く' }).click();
    await page.getByRole('button', { name: /複数団体による公共施設の集約化・複合化等/ }).click();
    await page.locator('koiki-form-runner h3.step-title', { hasText: 'はじめに' }).waitFor();
    await walkTo(page, 'PDF の作成と提出');
    await page.getByRole('button', { name: 'PDF を作成' }).click();
    await page.getByRole('button', { name: '提出する' }).click({ timeout: 30_000 });

    const payload = await page.locator('#payload').textContent();
    assert.match(payload ?? '', /"formId": "consolidation-claim"/);
    assert.match(payload ?? '', /PDF: [\d,]+ バイト/);
    const code = (data as { applicant: { dantaiCode: string } }).applicant.dantaiCode;
    assert.equal(await page.locator('#dantai-code').inputValue(), code);
    assert.match(await page.locator('#claim-total').inputValue(), /^\d+$/);
    assert.match((await page.locator('#legacy-status').textContent()) ?? '', /項目を写しました/);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '申請アシスタントを開く' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
