// Browser tests: every test/**/*.browser.test.ts in headless Chromium.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome, missingChromeMessage } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}
const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir,
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  plugins: [
    // Row and field tests read what a screen reader gets from the accessibility tree.
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
};
