// The consolidation claim completed by keyboard alone, with a reload in the middle, to a PDF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  chooseDantai,
  chooseRadio,
  chooseSelect,
  fillDate,
  fillText,
  pressButton,
  tickCheckbox,
} from './support/keyboard.ts';
import { useDemoPortal } from './support/suite-setup.ts';
import { expectStep } from './support/walk.ts';

async function openForm(page: Page) {
  await pressButton(page, /^複数団体による公共施設の集約化・複合化等/);
  await expectStep(page, 'はじめに');
}

describe('集約化等：キーボードだけで入力し、途中で再読み込みしても続きから PDF まで作れる', () => {
  const portal = useDemoPortal();

  it('県と市が体育館の集約化の調査検討経費を申請する', async () => {
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

    await chooseDantai(page, 'applicant.dantaiCode', '050008');
    await chooseSelect(page, 'fiscalYear', '2026');
    await fillText(page, 'applicant.headName', '男鹿 直子');
    await fillText(page, 'applicant.documentNumber', '秋市第７７号');
    await fillText(page, 'contact.department', '秋田県 総務部 市町村課');
    await fillText(page, 'contact.name', '佐藤 広美');
    await fillText(page, 'contact.phone', '018-860-1111');
    await fillText(page, 'contact.email', 'shichoson@pref.akita.example.lg.jp');
    await pressButton(page, '次へ');
    await expectStep(page, '取組の概要');

    await fillText(page, 'initiative.name', '県立体育館と市立体育館の集約化に向けた調査検討');
    await chooseRadio(page, 'initiative.method', '集約化');
    await fillText(page, 'initiative.applicantRole', '協議会の事務局');
    await chooseRadio(page, 'otherParties.0.kind', '地方公共団体');
    await chooseDantai(page, 'otherParties.0.dantaiCode', '052019');
    await fillText(page, 'otherParties.0.role', '集約元施設（市立体育館）の設置者');
    await chooseSelect(page, 'initiative.framework', '協議会');
    await pressButton(page, '次へ');
    await expectStep(page, '対象施設');

    await fillText(page, 'sourceFacilities.0.name', '秋田市立体育館');
    // Reload before the autosave delay: what was typed must come back.
    // The assistant comes back by itself to the same draft at the same step.
    await page.reload();
    await expectStep(page, '対象施設');
    const kept = await page
      .locator('koiki-text-field[data-path="sourceFacilities.0.name"] input')
      .inputValue();
    assert.equal(kept, '秋田市立体育館');

    await chooseDantai(page, 'sourceFacilities.0.ownerCode', '052019');
    await chooseSelect(page, 'sourceFacilities.0.type', '体育施設');
    await fillText(page, 'sourceFacilities.0.floorArea', '９，６５０．８');
    await chooseRadio(page, 'targetFacility.kind', '新設');
    await fillText(page, 'targetFacility.name', '（仮称）県市共同アリーナ');
    await chooseDantai(page, 'targetFacility.ownerCode', '050008');
    await chooseSelect(page, 'targetFacility.type', '体育施設');
    await fillText(page, 'targetFacility.floorArea', '8000㎡');
    await fillDate(page, 'targetFacility.serviceStartDate', 'R13.4.1');
    await pressButton(page, '次へ');
    await expectStep(page, '措置区分');

    await tickCheckbox(page, 'stages', '調査検討経費');
    await pressButton(page, '次へ');
    await expectStep(page, '調査検討経費');
    await chooseSelect(page, 'researchItems.0.category', '利用実態・立地等の調査・分析');
    await fillText(page, 'researchItems.0.description', '両体育館の利用実態調査（委託）');
    await fillText(page, 'researchItems.0.amount', '1200万');
    await pressButton(page, '次へ');
    await expectStep(page, '算定結果');
    const panel = await page
      .locator('koiki-amount-panel')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(panel, /5,000,000/, 'the 5,000,000円 cap binds: 12,000,000 × 0.5 = 6,000,000');

    await pressButton(page, '次へ');
    await expectStep(page, '添付書類');
    await pressButton(page, '次へ');
    await expectStep(page, '確認');
    const review = await page
      .locator('koiki-review-list')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(review, /9,650\.8/);
    await pressButton(page, 'この内容で確定する');
    await expectStep(page, 'PDF の作成と提出');
    await pressButton(page, 'PDF を作成');
    await page
      .locator('koiki-form-runner')
      .getByRole('button', { name: 'PDF を保存' })
      .waitFor({ timeout: 30_000 });
    const download = page.waitForEvent('download');
    await pressButton(page, 'PDF を保存');
    assert.match((await download).suggestedFilename(), /秋田県 令和8年度.*\.pdf$/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
