import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../find-chrome.mjs';
import { contentScriptDecided } from './support/content-script.ts';
import { buildExtension } from './support/extension-bundle.ts';
import { type StaticServer, startStaticServer } from './support/static-server.ts';

/**
 * The options page the install opens (background.ts: onInstalled → openOptionsPage). It may take
 * over a tab, so the tests start only once it is there; found by state, whenever it appears.
 */
async function installOptionsPage(context: BrowserContext): Promise<Page> {
  const isOptions = (page: Page) => page.url().endsWith('/options.html');
  for (;;) {
    const found = context.pages().find(isOptions);
    if (found) return found;
    await Promise.race([
      context.waitForEvent('page'),
      ...context.pages().map((page) => page.waitForEvent('framenavigated')),
    ]);
  }
}

describe('ブラウザー拡張機能 (Manifest V3)', () => {
  let context: BrowserContext;
  let server: StaticServer;
  let profile: string;
  let extensionId: string;
  let extensionName: string;

  before(async () => {
    const dir = await buildExtension();
    extensionName = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).name;
    server = await startStaticServer({
      '/pages/': fileURLToPath(new URL('./pages/', import.meta.url)),
    });
    profile = await mkdtemp(join(tmpdir(), 'koiki-ext-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChrome() ?? undefined,
      headless: true,
      args: [...chromeArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // Installing opens the settings once; closed here so no test's tab is taken over by it.
    await (await installOptionsPage(context)).close();
  });
  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('設定していないポータルには何も追加しない', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}pages/portal.html`);
    assert.equal(await contentScriptDecided(page, extensionName), false);
    assert.equal(await page.locator('koiki-extension-root').count(), 0);
    await page.close();
  });

  it('設定画面で誤ったアドレスは日本語で指摘され、正しいアドレスは保存される', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const field = page.getByLabel('申請アシスタントを表示するポータルのアドレス');
    await field.fill('portal.example');
    await page.getByRole('button', { name: '保存' }).click();
    assert.match((await page.locator('#origins-error').textContent()) ?? '', /読めません/);
    await field.fill(new URL(server.url).origin);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('保存しました（1件）。').waitFor();
    await page.close();
  });

  it('設定したポータルでサイドパネルを開くと、拡張機能の中でアシスタントが動き、Esc で閉じる', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}pages/portal.html`);
    assert.equal(await contentScriptDecided(page, extensionName), true);
    const launcher = page
      .locator('koiki-extension-root')
      .getByRole('button', { name: '申請アシスタントを開く' });
    await launcher.click();
    const frame = page.frameLocator('koiki-extension-root iframe');
    await frame.getByRole('heading', { name: '特別交付税 申請アシスタント' }).waitFor();
    const frameUrl = await page.locator('koiki-extension-root iframe').getAttribute('src');
    assert.ok(
      frameUrl?.startsWith(`chrome-extension://${extensionId}/`),
      'the panel runs in the extension origin',
    );
    await frame.getByRole('button', { name: '閉じる' }).focus();
    await page.keyboard.press('Escape');
    await launcher.waitFor({ state: 'visible' });
    await page.close();
  });
});
