// A PDF this product made reopens as a draft; any other file is refused in Japanese.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useBundlePages } from './support/suite-setup.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('作成した PDF から再開する', () => {
  const site = useBundlePages();
  let pdfPath: string;
  let notPdf: string;
  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'koiki-reopen-'));
    pdfPath = join(dir, '申請書.pdf');
    execFileSync(process.execPath, [
      join(root, 'packages/cli/bin/koiki.js'),
      'pdf',
      'specialist-dispatch',
      join(root, 'forms/specialist-dispatch/examples/municipality-local-autonomy-dispatch.json'),
      '-o',
      pdfPath,
    ]);
    notPdf = join(dir, 'scan.pdf');
    await writeFile(notPdf, '%PDF-1.4\nnot really a pdf');
  });

  it('埋め込まれたデータが下書きになり、続きから確認できる。ほかの PDF は日本語で断る', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}pages/strict-csp-form.html`);
    await page.evaluate(() =>
      (
        document.getElementById('assistant') as HTMLElement & { open(f: string): Promise<void> }
      ).open('specialist-dispatch'),
    );
    const input = page.locator('koiki-draft-list input[accept^=".pdf"]');

    await input.setInputFiles(notPdf);
    const message = page.locator('koiki-draft-list .message');
    await message.waitFor();
    assert.match((await message.textContent()) ?? '', /PDF/);
    assert.equal(await page.locator('koiki-draft-list .title').count(), 0);

    await input.setInputFiles(pdfPath);
    await page.locator('koiki-form-runner h3.step-title').waitFor();
    await page.locator('koiki-form-runner').getByRole('button', { name: '入力をはじめる' }).click();
    const department = page.locator('koiki-text-field[data-path="contact.department"] input');
    assert.equal(await department.inputValue(), '下北山村 総務課');
    await page.close();
  });
});
