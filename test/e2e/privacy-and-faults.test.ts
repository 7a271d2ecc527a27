// What leaves the browser (only the assets and the portal's submit-url), and what the user sees
// when the browser cannot store drafts (nothing typed is lost; export is offered).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { exampleData } from './support/example-data.ts';
import { useBundlePages } from './support/suite-setup.ts';
import { openWith, walkTo } from './support/walk.ts';

describe('通信とブラウザー保存の障害', () => {
  const site = useBundlePages();

  it('通信するのは素材の置き場所と submit-url だけで、提出内容は POST で届く', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    const data = exampleData('specialist-dispatch', 'municipality-local-autonomy-dispatch');
    await openWith(page, 'specialist-dispatch', { ...data, attachments: [] });
    await walkTo(page, 'PDF の作成と提出');
    await page.getByRole('button', { name: 'PDF を作成' }).click();
    await page.getByRole('button', { name: '提出する' }).click({ timeout: 30_000 });
    // 「提出しました」 shows only once the portal answered the POST.
    await page.locator('koiki-form-runner .notice.success').waitFor({ timeout: 30_000 });

    const origin = new URL(site.server.url).origin;
    const outside = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'),
    );
    assert.deepEqual(outside, [], 'nothing goes to another origin');
    const paths = requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
    const unexpected = paths.filter(
      (p) => !p.startsWith('/assistant/') && !p.startsWith('/pages/') && p !== '/api/claims',
    );
    assert.deepEqual(unexpected, []);
    assert.ok(
      paths.some((p) => p.startsWith('/assistant/koiki-assets/')),
      'the fonts come from the assets base',
    );

    const [post] = site.server.posts;
    assert.equal(post?.url, '/api/claims');
    const body = JSON.parse(post?.body ?? '{}');
    assert.equal(body.formId, 'specialist-dispatch');
    assert.ok(Buffer.from(body.pdf, 'base64').subarray(0, 5).toString() === '%PDF-');
    await page.close();
  });

  it('IndexedDB が使えないブラウザーでも入力は消えず、理由を示してファイルへの書き出しを勧める', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    // As a string: a function here would be serialised with the test compiler's helpers.
    await context.addInitScript({
      content: "Object.defineProperty(window, 'indexedDB', { get() { return undefined; } });",
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    await openWith(page, 'specialist-dispatch', {});
    await page.getByRole('button', { name: '入力をはじめる' }).click();
    const field = page.locator('koiki-text-field[data-path="contact.department"] input');
    await field.fill('下北山村 総務課');
    await field.press('Tab');
    const notice = page.locator('koiki-form-runner .notice');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /保存できません/);
    assert.equal(await field.inputValue(), '下北山村 総務課');

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: '下書きをファイルに書き出す' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(exported.draft.data.contact.department, '下北山村 総務課');
    await context.close();
  });

  it('保存先の容量がいっぱいでも入力は消えず、そのことを知らせる', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof put>
      ) {
        if (this.name === 'drafts') throw new DOMException('quota', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    await openWith(page, 'specialist-dispatch', {});
    await page.getByRole('button', { name: '入力をはじめる' }).click();
    const field = page.locator('koiki-text-field[data-path="contact.name"] input');
    await field.fill('岡 大輔');
    await field.press('Tab');
    const notice = page.locator('koiki-form-runner .notice');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /保存する場所が足りない/);
    assert.equal(await field.inputValue(), '岡 大輔');
    await context.close();
  });
});
