// When the extension's content script has made up its mind on a page: it reads the portal
// origins from chrome.storage, then adds its panel or leaves the page alone. A test that expects
// nothing to be added waits for that decision, not for a time.
import type { Page } from 'playwright-core';

/**
 * Resolves once the content script of the extension named `extensionName` has read its settings
 * on `page`; true if its panel (koiki-extension-root) is then on the page.
 */
export async function contentScriptDecided(page: Page, extensionName: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  // Chromium creates the content script's isolated world and runs the script in one task, so by
  // the time this world is reported the script has asked chrome.storage for the origins.
  let guard: NodeJS.Timeout | undefined;
  const world = new Promise<number>((resolve, reject) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated' && context.name === extensionName) {
        resolve(context.id);
      }
    });
    // Only a guard against a hang, as long as Playwright's own waits.
    guard = setTimeout(
      () => reject(new Error(`「${extensionName}」の content script が動かない`)),
      30_000,
    );
  }).finally(() => clearTimeout(guard));
  await cdp.send('Runtime.enable');
  // Storage answers in order: once this read is answered, so was the script's, and the script
  // went on (synchronously) to add its panel or not.
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: await world,
    expression:
      "chrome.storage.sync.get(null).then(() => document.querySelector('koiki-extension-root') !== null)",
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value === true;
}
