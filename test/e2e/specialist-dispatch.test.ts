// The specialist-dispatch claim completed by keyboard alone, with a reload in the middle, to a PDF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  activeElement,
  chooseDantai,
  chooseRadio,
  chooseSelect,
  fillDate,
  fillText,
  pressButton,
} from './support/keyboard.ts';
import { useDemoPortal } from './support/suite-setup.ts';
import { expectStep, stepTitle } from './support/walk.ts';

async function openForm(page: Page) {
  await pressButton(
    page,
    '連携協約に基づく専門人材派遣 都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
  );
  await expectStep(page, 'はじめに');
}

describe('専門人材派遣：キーボードだけで入力し、途中で再読み込みしても続きから PDF まで作れる', () => {
  const portal = useDemoPortal();

  it('派遣先の村が自治法派遣の負担金を申請する', async () => {
    const context = await portal.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1000, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(portal.server.url);
    await openForm(page);
    await pressButton(page, '入力をはじめる');
    await expectStep(page, '申請団体と担当者');

    await chooseRadio(page, 'role', '派遣先');
    await chooseDantai(page, 'applicant.dantaiCode', '294501');
    await chooseSelect(page, 'fiscalYear', '2026');
    await fillText(page, 'applicant.headName', '北山 健二');
    await fillText(page, 'applicant.documentNumber', '下北総第45号');
    await fillText(page, 'contact.department', '下北山村 総務課');
    await fillText(page, 'contact.name', '岡 大輔');
    await fillText(page, 'contact.phone', '07468-6-0001');
    await fillText(page, 'contact.email', 'somu@vill.shimokitayama.example.lg.jp');
    await pressButton(page, '次へ');
    await expectStep(page, '連携協約');

    await fillText(
      page,
      'agreement.name',
      '奈良県と下北山村との間における専門人材の確保及び派遣に関する連携協約',
    );
    // Reload at once, before the autosave delay: leaving the page must save what was typed.
    // The assistant comes back by itself to the same draft at the same step.
    await page.reload();
    await expectStep(page, '連携協約');
    const name = await page
      .locator(
        'koiki-text-field[data-path="agreement.name"] textarea, koiki-text-field[data-path="agreement.name"] input',
      )
      .first()
      .inputValue();
    assert.equal(name, '奈良県と下北山村との間における専門人材の確保及び派遣に関する連携協約');

    await chooseDantai(page, 'agreement.parties.0.dantaiCode', '290009');
    await fillDate(page, 'agreement.parties.0.resolutionDate', 'R7.12.18');
    await fillDate(page, 'agreement.parties.0.noticeDate', 'R8.1.27');
    await chooseDantai(page, 'agreement.parties.1.dantaiCode', '294501');
    await fillDate(page, 'agreement.parties.1.resolutionDate', 'R7.12.10');
    await fillDate(page, 'agreement.parties.1.noticeDate', 'R8.1.22');
    await fillDate(page, 'agreement.concludedDate', 'R8.1.20');
    await fillDate(page, 'agreement.notificationDate', 'R8.2.3');
    for (const [key, article] of [
      ['basicPolicy', '第2条'],
      ['roleSharing', '第3条'],
      ['expertise', '第4条'],
      ['staffAndPeriod', '第5条'],
    ] as const) {
      await chooseRadio(page, `agreement.${key}.stated`, 'true');
      await fillText(page, `agreement.${key}.article`, article);
    }
    await pressButton(page, '次へ');
    await expectStep(page, '派遣先');

    await chooseDantai(page, 'recipient.dantaiCode', '294501');
    await pressButton(page, '次へ');
    await expectStep(page, '派遣職員・ポスト');

    await fillText(page, 'posts.0.postName', '住民課 保健師');
    await chooseSelect(page, 'posts.0.occupation', '保健師');
    await chooseRadio(page, 'posts.0.employment', '任期付職員');
    await chooseRadio(page, 'posts.0.dispatchForm', '自治法派遣');
    await fillDate(page, 'posts.0.periodFrom', 'R8.4.1');
    await fillDate(page, 'posts.0.periodTo', 'R10.3.31');
    await chooseRadio(page, 'posts.0.firstDispatchYear', 'true');
    await fillText(page, 'posts.0.contribution', '680万');
    await pressButton(page, '次へ');
    await expectStep(page, '算定結果');
    const amounts = await page.locator('koiki-amount-panel').textContent();
    assert.ok(amounts !== null);
    const panelText = await page
      .locator('koiki-amount-panel')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(panelText, /3,400,000/);

    await pressButton(page, '次へ');
    await expectStep(page, '添付書類');
    await pressButton(page, '次へ');
    await expectStep(page, '確認');
    await pressButton(page, 'この内容で確定する');
    await expectStep(page, 'PDF の作成と提出');
    await pressButton(page, 'PDF を作成');
    await page
      .locator('koiki-form-runner')
      .getByRole('button', { name: 'PDF を保存' })
      .waitFor({ timeout: 30_000 });
    const download = page.waitForEvent('download');
    await pressButton(page, 'PDF を保存');
    const file = await download;
    assert.match(file.suggestedFilename(), /下北山村 令和8年度 専門人材派遣\.pdf/);
    assert.ok((await activeElement(page)).tag === 'button');
    assert.equal(await stepTitle(page), 'PDF の作成と提出');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
