// Playwright driving the installed Chromium, for end-to-end tests run in Node.
import { type Browser, chromium } from 'playwright-core';
import { chromeArgs, findChrome, missingChromeMessage } from '../../find-chrome.mjs';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(missingChromeMessage);
  return chromium.launch({ executablePath, headless: true, args: [...chromeArgs, ...extraArgs] });
}
