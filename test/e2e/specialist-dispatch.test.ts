// The specialist-dispatch claim (v2: one 団体 × one 年度) completed by keyboard alone: a
// prefecture with two 連携協約 (a third added, removed and brought back, then removed), two posts
// each picking its 協約 and 派遣先 from those entered, a reload in the middle, to a PDF.
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

const KAWAKAMI = '長野県と川上村との専門人材の確保及び派遣に関する連携協約';
const MINAMIMAKI = '長野県と南牧村との専門人材の確保及び派遣に関する連携協約';

async function openForm(page: Page) {
  await pressButton(
    page,
    '連携協約に基づく専門人材派遣 都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
  );
  await expectStep(page, 'はじめに');
}

/** The value a field holds now, read from its element in the runner (or a table's cell). */
function fieldValue(page: Page, path: string): Promise<unknown> {
  return page.evaluate((wanted) => {
    const runner = document
      .querySelector('koiki-assistant')
      ?.shadowRoot?.querySelector('koiki-form-runner')?.shadowRoot;
    const pending: ParentNode[] = runner ? [runner] : [];
    while (pending.length > 0) {
      const root = pending.shift() as ParentNode;
      const found = root.querySelector(`[data-path="${wanted}"]`) as { value?: unknown } | null;
      if (found) return found.value ?? null;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) pending.push(el.shadowRoot);
    }
    return undefined;
  }, path);
}

/** One 協約 between 長野県 and a village, typed field by field from the item's first question. */
async function fillAgreement(page: Page, index: number, name: string, village: string) {
  const at = `agreements.${index}`;
  await fillText(page, `${at}.name`, name);
  await chooseDantai(page, `${at}.parties.0.dantaiCode`, '200000');
  await fillDate(page, `${at}.parties.0.resolutionDate`, 'R7.12.18');
  await fillDate(page, `${at}.parties.0.noticeDate`, 'R8.1.27');
  await chooseDantai(page, `${at}.parties.1.dantaiCode`, village);
  await fillDate(page, `${at}.parties.1.resolutionDate`, 'R7.12.12');
  await fillDate(page, `${at}.parties.1.noticeDate`, 'R8.1.23');
  await fillDate(page, `${at}.concludedDate`, 'R8.1.20');
  await fillDate(page, `${at}.notificationDate`, 'R8.2.3');
  for (const [key, article] of [
    ['basicPolicy', '第2条'],
    ['roleSharing', '第3条'],
    ['expertise', '第4条'],
    ['staffAndPeriod', '第5条'],
  ] as const) {
    await chooseRadio(page, `${at}.${key}.stated`, 'true');
    await fillText(page, `${at}.${key}.article`, article);
  }
}

/** One post: its 協約 and 派遣先 chosen among those entered, then the person and the 人件費. */
async function fillPost(
  page: Page,
  index: number,
  post: { agreement: string; recipient: string; name: string; occupation: string; cost: string },
) {
  const at = `posts.${index}`;
  await chooseSelect(page, `${at}.agreementName`, post.agreement);
  await chooseSelect(page, `${at}.recipientCode`, post.recipient);
  await fillText(page, `${at}.postName`, post.name);
  await chooseSelect(page, `${at}.occupation`, post.occupation);
  await chooseRadio(page, `${at}.employment`, '任期付職員');
  await fillDate(page, `${at}.periodFrom`, 'R8.4.1');
  await fillDate(page, `${at}.periodTo`, 'R9.3.31');
  await chooseRadio(page, `${at}.dispatchForm`, 'その他');
  await fillText(page, `${at}.personnelCost`, post.cost);
}

describe('専門人材派遣：キーボードだけで2つの協約と2つのポストを入力し、途中で再読み込みしても PDF まで作れる', () => {
  const portal = useDemoPortal();

  it('長野県が川上村と南牧村への派遣の人件費を申請する', async () => {
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

    await chooseRadio(page, 'role', '派遣元');
    await chooseDantai(page, 'applicant.dantaiCode', '200000');
    await chooseSelect(page, 'fiscalYear', '2026');
    await fillText(page, 'applicant.headName', '阿部 守一');
    await fillText(page, 'applicant.documentNumber', '長市第123号');
    await fillText(page, 'contact.department', '長野県 企画振興部 市町村課');
    await fillText(page, 'contact.name', '小林 直子');
    await fillText(page, 'contact.phone', '026-235-7064');
    await fillText(page, 'contact.email', 'shichoson@pref.nagano.example.lg.jp');
    await pressButton(page, '次へ');
    await expectStep(page, '連携協約');

    await fillAgreement(page, 0, KAWAKAMI, '203041');

    // A second 協約: focus goes to its first question; it comes with two parties to fill in.
    await pressButton(page, '＋ 連携協約を追加');
    assert.equal((await activeElement(page)).path, 'agreements.1.name');
    await fillText(page, 'agreements.1.name', MINAMIMAKI);
    await chooseDantai(page, 'agreements.1.parties.0.dantaiCode', '200000');
    await fillDate(page, 'agreements.1.parties.0.resolutionDate', 'R7.12.18');
    await fillDate(page, 'agreements.1.parties.0.noticeDate', 'R8.1.27');
    await chooseDantai(page, 'agreements.1.parties.1.dantaiCode', '203050');
    await fillDate(page, 'agreements.1.parties.1.resolutionDate', 'R7.12.12');
    await fillDate(page, 'agreements.1.parties.1.noticeDate', 'R8.1.23');
    await fillDate(page, 'agreements.1.concludedDate', 'R8.1.20');
    await fillDate(page, 'agreements.1.notificationDate', 'R8.2.3');
    for (const key of ['basicPolicy', 'roleSharing', 'expertise', 'staffAndPeriod']) {
      await chooseRadio(page, `agreements.1.${key}.stated`, 'true');
      await fillText(page, `agreements.1.${key}.article`, '第2条');
    }

    // A third 協約 typed by mistake: removed, brought back with 元に戻す, removed again.
    await pressButton(page, '＋ 連携協約を追加');
    await fillText(page, 'agreements.2.name', '誤って追加した協約');
    await pressButton(page, 'この連携協約を削除');
    assert.equal(await fieldValue(page, 'agreements.2.name'), undefined);
    await pressButton(page, '元に戻す');
    assert.equal(await fieldValue(page, 'agreements.2.name'), '誤って追加した協約');
    await pressButton(page, 'この連携協約を削除');
    assert.equal(await fieldValue(page, 'agreements.2.name'), undefined);
    assert.equal(await fieldValue(page, 'agreements.1.name'), MINAMIMAKI);

    await pressButton(page, '次へ');
    await expectStep(page, '募集経費');
    await pressButton(page, '次へ');
    await expectStep(page, '派遣する職');

    await fillPost(page, 0, {
      agreement: KAWAKAMI,
      recipient: '203041',
      name: '保健福祉課 保健師',
      occupation: '保健師',
      cost: '720万',
    });
    // Reload at once, before the autosave delay: leaving the page must save what was chosen.
    await page.reload();
    await expectStep(page, '派遣する職');
    assert.equal(await fieldValue(page, 'posts.0.agreementName'), KAWAKAMI);
    assert.equal(await fieldValue(page, 'posts.0.recipientCode'), '203041');

    await pressButton(page, '行を追加');
    await fillPost(page, 1, {
      agreement: MINAMIMAKI,
      recipient: '203050',
      name: '税務課 徴収担当',
      occupation: '税務',
      cost: '1300万',
    });
    await pressButton(page, '次へ');

    // No party outside 長野県: the 区域外の確認 step is skipped.
    await expectStep(page, '算定結果');
    const panelText = await page
      .locator('koiki-amount-panel')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    // 7,200,000 × 0.5 = 3,600,000; 13,000,000 × 0.5 = 6,500,000 → cap 6,000,000; total 9,600,000.
    assert.match(panelText, /3,600,000/);
    assert.match(panelText, /9,600,000/);

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
    assert.match(file.suggestedFilename(), /長野県 令和8年度 専門人材派遣（2協約）\.pdf/);
    assert.ok((await activeElement(page)).tag === 'button');
    assert.equal(await stepTitle(page), 'PDF の作成と提出');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
