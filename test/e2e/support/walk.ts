// Moving through a claim with the mouse, for tests whose subject is not the keyboard.
import type { Page } from 'playwright-core';

export const stepTitle = (page: Page) =>
  page.locator('koiki-form-runner h3.step-title').textContent();

/** The navigation button each step shows to go on. */
const forwardButton = (title: string | null) =>
  title === '確認' ? 'この内容で確定する' : title === 'はじめに' ? '入力をはじめる' : '次へ';

/** Presses the step's forward button and waits for the next step's heading. */
export async function nextStep(page: Page, name?: string): Promise<void> {
  const before = await stepTitle(page);
  await page
    .locator('koiki-form-runner .navigation')
    .getByRole('button', { name: name ?? forwardButton(before) })
    .click();
  await page.waitForFunction(
    (title) =>
      document
        .querySelector('koiki-assistant')
        ?.shadowRoot?.querySelector('koiki-form-runner')
        ?.shadowRoot?.querySelector('h3.step-title')?.textContent !== title,
    before,
  );
}

/** Goes forward until the step with this title (e.g. 「確認」, 「PDF の作成と提出」). */
export async function walkTo(page: Page, title: string): Promise<void> {
  for (let i = 0; i < 15; i++) {
    if ((await stepTitle(page)) === title) return;
    await nextStep(page);
  }
  throw new Error(`did not reach 「${title}」; stuck at 「${await stepTitle(page)}」`);
}

/** Through the host API: prefill data, then open the form. */
export async function openWith(page: Page, formId: string, data: unknown): Promise<void> {
  await page.evaluate(
    async ({ formId: id, data: prefill }) => {
      const el = document.getElementById('assistant') as HTMLElement & {
        prefill(d: unknown): void;
        open(f: string): Promise<void>;
      };
      el.prefill(prefill);
      await el.open(id);
    },
    { formId, data },
  );
}

/** Waits until the step with this title is shown. */
export async function expectStep(page: Page, title: string): Promise<void> {
  await page.locator('koiki-form-runner h3.step-title', { hasText: title }).waitFor();
}
