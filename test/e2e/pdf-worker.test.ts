// The PDF is laid out and built in the worker: the page hands over the claim's data and never
// loads a form's PDF layout, and what the font cannot print is still named by field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFormEntry } from '@koiki/forms';
import type { Page } from 'playwright-core';
import { exampleData } from './support/example-data.ts';
import { useBundlePages } from './support/suite-setup.ts';
import { nextStep, openWith, walkTo } from './support/walk.ts';

const formId = 'specialist-dispatch';
const example = 'municipality-local-autonomy-dispatch';

/** Records the shape of every message the page posts to a worker (as a string: see print.test.ts). */
const recordWorkerMessages = `
  window.workerMessages = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, options) {
    window.workerMessages.push({
      kind: message && message.kind,
      keys: Object.keys(message || {}).sort(),
      claim: message && message.claim ? Object.keys(message.claim).sort() : undefined,
    });
    return post.call(this, message, options);
  };`;

interface PostedMessage {
  kind?: string;
  keys: string[];
  claim?: string[];
}

const pdfButton = (page: Page) => page.getByRole('button', { name: 'PDF を作成' });

/** Saves `data` as a draft left on the last step and opens it there (as the bench does). */
async function openOnLastStep(page: Page, data: unknown): Promise<void> {
  const module = await findFormEntry(formId)!.load();
  const record = {
    id: 'worker-glyph-test',
    formId,
    schemaVersion: module.definition.schemaVersion,
    rev: 0,
    data,
    raw: {},
    step: 'done',
    attachments: [],
    title: 'PDF のテスト',
    updatedAt: new Date().toISOString(),
  };
  await page.evaluate(async (draft) => {
    const el = document.getElementById('assistant') as HTMLElement & {
      store: Promise<{ save(d: unknown): Promise<{ id: string }> }>;
      open(f: string, id: string): Promise<void>;
    };
    const saved = await (await el.store).save(draft);
    await el.open(draft.formId, saved.id);
  }, record);
}

describe('PDF はワーカーで組み立てる（ページはデータだけを渡す）', () => {
  const site = useBundlePages();

  it('ページは様式の PDF レイアウトを読み込まず、ワーカーには様式の id と申請データだけを送る', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript({ content: recordWorkerMessages });
    const from = site.server.requests.length;
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    await openWith(page, formId, { ...exampleData(formId, example), attachments: [] });
    await walkTo(page, '確認');
    await nextStep(page);
    await pdfButton(page).click();
    await page.getByRole('button', { name: 'PDF を保存' }).waitFor({ timeout: 30_000 });

    const requests = site.server.requests.slice(from);
    assert.ok(
      requests.some((path) => path.startsWith('/assistant/pdf-worker/pdf-document-')),
      'the worker loaded the form’s PDF layout',
    );
    assert.deepEqual(
      requests.filter((path) => /^\/assistant\/(pdf-document|build-pdf)-/.test(path)),
      [],
      'the page loaded neither a PDF layout nor the PDF builder',
    );
    const messages = (await page.evaluate('window.workerMessages')) as PostedMessage[];
    const builds = messages.filter((m) => m.kind === 'build');
    assert.equal(builds.length, 1);
    assert.deepEqual(builds[0], {
      kind: 'build',
      keys: ['assetsBase', 'claim', 'generatedAt', 'id', 'kind'],
      claim: ['attachments', 'formId', 'payload', 'submitDate'],
    });
    // Asked to prepare (code, font, layout) before the click: on the review or the last page.
    assert.ok(messages.findIndex((m) => m.kind === 'prepare') < messages.indexOf(builds[0]!));
    await page.close();
  });

  it('フォントにない文字（𠮷）は、ワーカーで組み立てても欄と置き換える字を示し、PDF を作らない', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    const data = exampleData(formId, example) as { applicant: { headName: string } };
    data.applicant.headName = '𠮷田 太郎';
    await openOnLastStep(page, data);
    await pdfButton(page).click();
    const alert = page.locator('koiki-form-runner p.error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.textContent();
    assert.match(text ?? '', /印字できない文字/);
    assert.match(text ?? '', /applicant\.headName: 「𠮷」 → 「吉」/);
    assert.equal(await page.getByRole('button', { name: 'PDF を保存' }).count(), 0);
    await page.close();
  });
});
