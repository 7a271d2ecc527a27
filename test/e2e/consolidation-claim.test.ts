// The consolidation claim with two 取組 completed by keyboard alone, with a reload in the middle,
// to a PDF.
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

describe('集約化等：2つの取組をキーボードだけで入力し、途中で再読み込みしても続きから PDF まで作れる', () => {
  const portal = useDemoPortal();

  it('県が2つの取組を申請する：集約先の決まっていない体育館の調査検討と、図書館の円滑化', async () => {
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
    await expectStep(page, '取組');

    // 取組 1: the study of two gyms; the 集約先 is what the study decides.
    const first = 'initiatives.0';
    await fillText(page, `${first}.name`, '県立体育館と市立体育館の集約化に向けた調査検討');
    await chooseRadio(page, `${first}.method`, '集約化');
    await fillText(page, `${first}.applicantRole`, '協議会の事務局');
    await chooseRadio(page, `${first}.otherParties.0.kind`, '地方公共団体');
    await chooseDantai(page, `${first}.otherParties.0.dantaiCode`, '052019');
    await fillText(page, `${first}.otherParties.0.role`, '集約元施設（市立体育館）の設置者');
    await chooseSelect(page, `${first}.framework`, '協議会');
    await fillText(page, `${first}.sourceFacilities.0.name`, '秋田市立体育館');
    // Reload before the autosave delay: what was typed must come back.
    // The assistant comes back by itself to the same draft at the same step.
    await page.reload();
    await expectStep(page, '取組');
    const kept = await page
      .locator(`koiki-text-field[data-path="${first}.sourceFacilities.0.name"] input`)
      .inputValue();
    assert.equal(kept, '秋田市立体育館');

    await chooseDantai(page, `${first}.sourceFacilities.0.ownerCode`, '052019');
    await chooseSelect(page, `${first}.sourceFacilities.0.type`, '体育施設');
    await fillText(page, `${first}.sourceFacilities.0.floorArea`, '９，６５０．８');
    await chooseRadio(page, `${first}.targetDecided`, 'false');
    await tickCheckbox(page, `${first}.stages`, '調査検討経費');
    await chooseSelect(page, `${first}.researchItems.0.category`, '利用実態・立地等の調査・分析');
    await fillText(page, `${first}.researchItems.0.description`, '両体育館の利用実態調査（委託）');
    await fillText(page, `${first}.researchItems.0.amount`, '1200万');

    // 取組 2: a library already merged into a new building (供用開始 in this fiscal year). An
    // added 取組 starts like the first: each table has a row to fill in.
    await pressButton(page, '＋ 取組を追加');
    const second = 'initiatives.1';
    await fillText(page, `${second}.name`, '県立・市立図書館の集約');
    await chooseRadio(page, `${second}.method`, '集約化');
    await fillText(page, `${second}.applicantRole`, '集約元施設（県立図書館）の設置者');
    await chooseRadio(page, `${second}.otherParties.0.kind`, '地方公共団体');
    await chooseDantai(page, `${second}.otherParties.0.dantaiCode`, '052019');
    await fillText(page, `${second}.otherParties.0.role`, '集約先施設の設置・運営');
    await chooseSelect(page, `${second}.framework`, '連携協約');
    await fillText(page, `${second}.sourceFacilities.0.name`, '秋田県立図書館');
    await chooseDantai(page, `${second}.sourceFacilities.0.ownerCode`, '050008');
    await chooseSelect(page, `${second}.sourceFacilities.0.type`, '図書館');
    await fillText(page, `${second}.sourceFacilities.0.floorArea`, '5200');
    await chooseRadio(page, `${second}.targetDecided`, 'true');
    await chooseRadio(page, `${second}.targetFacility.kind`, '新設');
    await fillText(page, `${second}.targetFacility.name`, '県市一体型図書館');
    await chooseDantai(page, `${second}.targetFacility.ownerCode`, '052019');
    await chooseSelect(page, `${second}.targetFacility.type`, '図書館');
    await fillText(page, `${second}.targetFacility.floorArea`, '4800');
    await fillDate(page, `${second}.targetFacility.serviceStartDate`, 'R8.4.1');
    await tickCheckbox(page, `${second}.stages`, '円滑化経費');
    await chooseSelect(page, `${second}.smoothingItems.0.category`, '広報・説明会');
    await fillText(page, `${second}.smoothingItems.0.description`, '新図書館の説明会');
    await fillText(page, `${second}.smoothingItems.0.amount`, '300万');
    await pressButton(page, '次へ');
    await expectStep(page, '算定結果');
    const panel = await page
      .locator('koiki-amount-panel')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    // 取組 1: 12,000,000 × 1/2 = 6,000,000 → the 団体's 5,000,000円 cap; 取組 2: 3,000,000 × 0.8 =
    // 2,400,000; the 団体 claims 7,400,000円.
    assert.match(panel, /5,000,000/);
    assert.match(panel, /2,400,000/);
    assert.match(panel, /7,400,000/);

    await pressButton(page, '次へ');
    await expectStep(page, '添付書類');
    await pressButton(page, '次へ');
    await expectStep(page, '確認');
    const review = await page
      .locator('koiki-review-list')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(review, /9,650\.8/);
    assert.match(review, /取組 1：県立体育館と市立体育館の集約化に向けた調査検討/);
    assert.match(review, /取組 2：県立・市立図書館の集約/);
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
