// The demo portal as a user meets it on a narrow screen and across reloads: no horizontal
// scrolling at 320 CSS px (WCAG 1.4.10), no draft for merely opening a form, and a reload
// that comes back to the same draft at the same step.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoPortal } from './support/suite-setup.ts';
import { expectStep, nextStep, stepTitle } from './support/walk.ts';

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Every draft in the page's IndexedDB, read without the product's code. */
const storedDrafts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; step: string }[]>((resolve, reject) => {
        const request = indexedDB.open('koiki-drafts');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve([]);
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );

async function chooseForm(page: Page, title: string): Promise<void> {
  await page.locator('koiki-assistant .form-choice', { hasText: title }).click();
  await expectStep(page, 'はじめに');
}

describe('デモのポータル：320 px と再読み込み', () => {
  const portal = useDemoPortal();

  for (const path of ['index.html', 'panel.html']) {
    it(`${path} は幅 320 px で横スクロールしない`, async () => {
      const page = await portal.browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(portal.server.url + path);
      if (path === 'panel.html') await page.locator('koiki-assistant .launcher').click();
      await page.locator('koiki-assistant .form-choice').first().waitFor();
      assert.ok((await scrollWidth(page)) <= 320, `選択画面 ${await scrollWidth(page)}px`);
      await chooseForm(page, '専門人材派遣');
      await nextStep(page);
      assert.ok((await scrollWidth(page)) <= 320, `入力画面 ${await scrollWidth(page)}px`);
      await page.close();
    });
  }

  for (const title of ['専門人材派遣', '集約化']) {
    it(`${title}：電話番号は type=tel、メールアドレスは type=email で autocomplete 付き`, async () => {
      const page = await portal.browser.newPage();
      await page.goto(portal.server.url);
      await chooseForm(page, title);
      await nextStep(page);
      const input = (path: string) => page.locator(`koiki-form-runner [data-path="${path}"] input`);
      const describe = async (path: string) =>
        input(path).evaluate((el: HTMLInputElement) => [el.type, el.autocomplete]);
      assert.deepEqual(await describe('contact.phone'), ['tel', 'work tel']);
      assert.deepEqual(await describe('contact.email'), ['email', 'work email']);
      assert.deepEqual(await describe('contact.name'), ['text', 'name']);
      await page.close();
    });
  }

  it('入力せずに再読み込みしても下書きは0件、入力すると同じ下書き・同じ手順で戻る', async () => {
    const context = await portal.browser.newContext();
    const page = await context.newPage();
    await page.goto(portal.server.url);
    await chooseForm(page, '専門人材派遣');
    await nextStep(page);
    const step = await stepTitle(page);
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await expectStep(page, step ?? '');
    }
    assert.deepEqual(await storedDrafts(page), []);

    await page.locator('koiki-form-runner [data-path="contact.department"] input').click();
    await page.keyboard.type('総務部');
    await page
      .locator('koiki-form-runner .save-status', {
        hasText: 'このブラウザーに下書きを保存しました',
      })
      .waitFor();
    const [saved, ...others] = await storedDrafts(page);
    assert.equal(others.length, 0);
    await page.reload();
    await expectStep(page, step ?? '');
    const department = page.locator('koiki-form-runner [data-path="contact.department"] input');
    assert.equal(await department.inputValue(), '総務部');
    assert.deepEqual(
      (await storedDrafts(page)).map((d) => d.id),
      [saved?.id],
    );
    await context.close();
  });
});
