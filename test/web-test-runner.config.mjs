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
/** `executeServerCommand('a11y-full-tree')`: the whole accessibility tree, uninteresting nodes
 * (a fieldset's group, say) included; a11ySnapshot leaves those out. */
const a11yFullTreePlugin = {
  name: 'a11y-full-tree',
  async executeCommand({ command, session }) {
    if (command !== 'a11y-full-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** pdf-lib's ES modules import pako (CommonJS), which the browser cannot load as it is; its own
 * ES bundle has everything inside (Vite bundles the same code for the product). */
const pdfLibBundle = {
  name: 'pdf-lib-bundle',
  resolveImport({ source }) {
    return source === 'pdf-lib' ? '/node_modules/pdf-lib/dist/pdf-lib.esm.js' : undefined;
  },
};

export default {
  rootDir,
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  plugins: [
    // Tests read names, descriptions and invalid states from the browser's accessibility tree.
    a11ySnapshotPlugin(),
    a11yFullTreePlugin,
    pdfLibBundle,
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
