// Finds an installed Chrome or Chromium; tests never download a browser.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const onPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to test with: CHROME_PATH, then well-known paths, then PATH; null if none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const known = candidates.find((path) => existsSync(path));
  if (known) return known;
  for (const name of onPath) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

export const missingChromeMessage = [
  'Chrome/Chromium が見つかりません。テストにはインストール済みのブラウザーが必要です。',
  'No Chrome or Chromium found. Install one, e.g. on Debian:',
  '  sudo apt-get install -y chromium',
  'or point CHROME_PATH at an installed browser. Tests never download a browser.',
].join('\n');

/** Flags that keep headless Chromium quiet on a closed network and working as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
