// The training claim of a 町 for its own staff completed by keyboard alone, with a reload in the
// middle, to a PDF whose 算定調書 shows 0.5 × the eligible costs (円未満切捨て) and the 千円
// figure with 地方交付税法 第22条 rounding.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  chooseDantai,
  chooseRadio,
  chooseSelect,
  fillDate,
  fillText,
  pressButton,
} from './support/keyboard.ts';
import { useDemoPortal } from './support/suite-setup.ts';
import { expectStep, stepTitle } from './support/walk.ts';

const CHALLENGE = 'GX（脱炭素）の推進';

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

// The cost lines typed below, by 区分, with an odd 円 in each so the 円未満 is dropped.
const holding = [
  ['講師謝金', 'GX推進研修 講師謝金（3回分）', 180_000],
  ['講師旅費', 'GX推進研修 講師旅費（東京・長野間）', 45_321],
] as const;
const attending = [
  ['eラーニング利用料', '脱炭素経営eラーニング アカウント利用料（20人分）', 66_000],
  ['外部研修受講料', '自治体GX実務研修 受講料', 38_500],
  ['職員旅費', '外部研修受講の旅費', 13_345],
] as const;

const sum = (lines: readonly (readonly [string, string, number])[]) =>
  lines.reduce((total, [, , amount]) => total + amount, 0);
const yen = (value: number) => value.toLocaleString('ja-JP');

// By hand: 研修開催経費 225,321 × 0.5 = 112,660.5 → 112,660円; 研修受講経費 117,845 × 0.5 =
// 58,922.5 → 58,922円; the claim 171,582円 → 172千円 (500円以上は1,000円に切上げ, 交付税法22条).
const holdingBase = sum(holding);
const attendingBase = sum(attending);
const holdingAmount = Math.floor(holdingBase / 2);
const attendingAmount = Math.floor(attendingBase / 2);
const total = holdingAmount + attendingAmount;
const remainder = total % 1000;
const thousand = (total - remainder) / 1000 + (remainder >= 500 ? 1 : 0);

async function typeCostLine(
  page: Page,
  row: number,
  [category, description, amount]: readonly [string, string, number],
) {
  const at = `costItems.${row}`;
  await chooseSelect(page, `${at}.category`, category);
  await fillText(page, `${at}.description`, description);
  await fillText(page, `${at}.amount`, yen(amount));
}

describe('人材育成研修：町の自団体職員向けの申請をキーボードだけで入力し、途中で再読み込みしても PDF まで作れる', () => {
  const portal = useDemoPortal();

  it('小布施町が GX の研修を開催・受講し、算定調書に 0.5 × 対象経費（円未満切捨て）と千円（22条）が載る', async () => {
    const context = await portal.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1000, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(portal.server.url);
    await pressButton(page, /^新たな政策課題に関する人材育成の研修/);
    await expectStep(page, 'はじめに');
    await pressButton(page, '入力をはじめる');
    await expectStep(page, '申請団体と担当者');

    await chooseDantai(page, 'applicant.dantaiCode', '205419');
    await chooseSelect(page, 'fiscalYear', '2026');
    await chooseRadio(page, 'trainingKind', '自団体職員向け');
    await fillText(page, 'applicant.headName', '大宮 透');
    await fillText(page, 'applicant.documentNumber', '小総第２１５号');
    await fillText(page, 'contact.department', '総務課 人事係');
    await fillText(page, 'contact.name', '宮本 千尋');
    await fillText(page, 'contact.phone', '026-247-3111');
    await fillText(page, 'contact.email', 'somu@town.obuse.example.lg.jp');
    await pressButton(page, '次へ');
    await expectStep(page, '基本方針と課題');

    await fillText(page, 'policy.name', '小布施町人材育成基本方針');
    await fillDate(page, 'policy.adoptedDate', 'R7.3.25');
    await fillText(page, 'challenges.0.name', CHALLENGE);
    await fillText(page, 'challenges.0.planName', '第六次小布施町総合計画');
    // Reload at once, before the autosave delay: leaving the page must keep what was typed, and
    // the assistant reopens the same draft on the same step.
    await page.reload();
    await expectStep(page, '基本方針と課題');
    assert.equal(await fieldValue(page, 'policy.name'), '小布施町人材育成基本方針');
    assert.equal(await fieldValue(page, 'policy.adoptedDate'), '2025-03-25');
    assert.equal(await fieldValue(page, 'challenges.0.name'), CHALLENGE);
    assert.equal(await fieldValue(page, 'challenges.0.planName'), '第六次小布施町総合計画');

    await fillText(page, 'challenges.0.planLocation', '基本計画 第2章 3(1)・24頁');
    await chooseRadio(page, 'challenges.0.policyPlace.document', '人材育成基本方針');
    await fillText(page, 'challenges.0.policyPlace.location', '第3章 1・8頁');
    await pressButton(page, '次へ');
    await expectStep(page, '研修プログラム');

    const programme = 'programmes.0';
    await fillText(page, `${programme}.name`, 'GX推進リーダー育成研修');
    await chooseSelect(page, `${programme}.challengeName`, CHALLENGE);
    await fillText(page, `${programme}.purpose`, '脱炭素の施策を企画・推進できる職員を育てる');
    await fillText(page, `${programme}.schedule`, '令和8年6月～令和9年2月に全6回');
    await fillText(page, `${programme}.targetStaff`, '主事・主任級の一般行政職員');
    await chooseRadio(page, `${programme}.contentPlace.document`, '人材育成基本方針');
    await fillText(page, `${programme}.contentPlace.location`, '第4章 2・15頁');
    await fillText(page, `${programme}.staffTarget`, '３０');
    await chooseSelect(page, `${programme}.targetFiscalYear`, '2028');
    await chooseRadio(page, `${programme}.targetPlace.document`, '人材育成基本方針');
    await fillText(page, `${programme}.targetPlace.location`, '第4章 3・17頁');
    await pressButton(page, '次へ');

    // Own staff: no participating 市町村 are asked.
    await expectStep(page, '対象経費');
    const lines = [...holding, ...attending];
    for (const [row, line] of lines.entries()) {
      if (row > 0) await pressButton(page, '行を追加');
      await typeCostLine(page, row, line);
    }
    await pressButton(page, '次へ');

    await expectStep(page, '算定結果');
    const panel = await page
      .locator('koiki-amount-panel')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(panel, new RegExp(yen(holdingAmount)));
    assert.match(panel, new RegExp(yen(attendingAmount)));
    assert.match(panel, new RegExp(yen(total)));

    await pressButton(page, '次へ');
    await expectStep(page, '添付書類');
    await pressButton(page, '次へ');
    await expectStep(page, '確認');
    const review = await page
      .locator('koiki-review-list')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(review, /研修プログラム 1：GX推進リーダー育成研修/);
    assert.match(review, /課題 1：GX（脱炭素）の推進/);
    await pressButton(page, 'この内容で確定する');
    await expectStep(page, 'PDF の作成と提出');
    await pressButton(page, 'PDF を作成');
    await page
      .locator('koiki-form-runner')
      .getByRole('button', { name: 'PDF を保存' })
      .waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await pressButton(page, 'PDF を保存');
    const file = await download;
    assert.match(file.suggestedFilename(), /小布施町 令和8年度 人材育成研修.*\.pdf$/);
    const pdfPath = join(await mkdtemp(join(tmpdir(), 'koiki-training-')), 'claim.pdf');
    await file.saveAs(pdfPath);
    // pdftotext may break a line or put spaces inside a cell: compare without white space.
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    const annex = text.slice(text.indexOf('算定調書'));
    // Each 区分: its 対象経費 (with its breakdown) × 0.5, the 1円未満 dropped.
    const byGroup: [number, number][] = [
      [holdingBase, holdingAmount],
      [attendingBase, attendingAmount],
    ];
    for (const [base, amount] of byGroup) {
      assert.match(
        annex,
        new RegExp(`${yen(base)}円（[^）]*）×0\\.5=${yen(amount)}円（1円未満切捨て`),
      );
    }
    assert.ok(annex.includes(`${yen(total)}円→${yen(thousand)}千円（地方交付税法第22条`));
    assert.equal(await stepTitle(page), 'PDF の作成と提出');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
