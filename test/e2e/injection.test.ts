// Hostile text typed into the forms shows literally everywhere and never runs, under a strict CSP.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TEXT_LIMITS } from '@koiki/schemas';
import { exampleData } from './support/example-data.ts';
import { useBundlePages } from './support/suite-setup.ts';
import { nextStep, openWith, walkTo } from './support/walk.ts';

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";
const imgPayload = '<img src=x onerror="window.xss=1">';
const urlPayload = 'javascript:window.xss=2';
const scriptPayload = '<script>window.xss=3</script>';
// As long as the 備考 may be: the schema refuses more, and the PDF must wrap all of it.
const longText = 'あ'.repeat(TEXT_LIMITS.remarks - scriptPayload.length);

describe('スクリプトの注入', () => {
  const site = useBundlePages({ 'content-security-policy': strictCsp });

  it('画面・確認ページ・PDF・書き出した JSON にそのまま表示され、実行されない', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    const data = exampleData('specialist-dispatch', 'prefecture-three-people') as {
      agreements: Record<string, unknown>[];
      posts: Record<string, unknown>[];
      contact: Record<string, unknown>;
    };
    // The 協約名 is the payload; the posts name their 協約 by it.
    const hostile = {
      ...data,
      agreements: data.agreements.map((agreement, index) =>
        index === 0 ? { ...agreement, name: imgPayload } : agreement,
      ),
      posts: data.posts.map((post) =>
        post.agreementName === data.agreements[0]?.name
          ? { ...post, agreementName: imgPayload }
          : post,
      ),
      contact: { ...data.contact, department: urlPayload },
      remarks: `${scriptPayload}${longText}`,
      attachments: [],
    };
    await openWith(page, 'specialist-dispatch', hostile);
    await page.getByRole('button', { name: '入力をはじめる' }).click();
    const input = page.locator('koiki-text-field[data-path="contact.department"] input');
    assert.equal(await input.inputValue(), urlPayload);

    await walkTo(page, '確認');
    const review = await page
      .locator('koiki-review-list')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.ok(review.includes(imgPayload), 'the <img> payload is shown as text');
    assert.ok(review.includes(urlPayload));
    assert.ok(review.includes(scriptPayload));
    assert.equal(await page.locator('koiki-review-list img').count(), 0);

    const download = page.waitForEvent('download');
    await nextStep(page);
    await page.getByRole('button', { name: 'PDF を作成' }).click();
    await page.getByRole('button', { name: 'PDF を保存' }).click({ timeout: 60_000 });
    const pdfPath = join(await mkdtemp(join(tmpdir(), 'koiki-inj-')), 'claim.pdf');
    await (await download).saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    assert.ok(
      text.includes(imgPayload.replace(/\s+/g, '')),
      'the payload is printed literally in the PDF',
    );

    // Only prefilled, never changed by the user: nothing is stored, but the draft can be
    // exported as a file at any time, and the file holds the payload as a string.
    const draftDownload = page.waitForEvent('download');
    await page
      .locator('koiki-form-runner .tools')
      .getByRole('button', { name: 'ファイルに書き出す' })
      .click();
    const draftPath = join(await mkdtemp(join(tmpdir(), 'koiki-inj-')), 'draft.json');
    await (await draftDownload).saveAs(draftPath);
    const exported = readFileSync(draftPath, 'utf8');
    assert.ok(
      exported.includes(JSON.stringify(imgPayload).slice(1, -1)),
      'the draft JSON holds the payload as a string',
    );

    const flags = await page.evaluate(() => ({
      xss: (window as unknown as { xss?: number }).xss,
      violations: (window as unknown as { cspViolations: string[] }).cspViolations,
    }));
    assert.equal(flags.xss, undefined, 'no payload ran');
    assert.deepEqual(flags.violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
