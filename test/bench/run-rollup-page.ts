// `npm run bench:rollup-page`: only the roll-up page rows of the bench (headless Chromium).
import { launchBrowser } from '../e2e/support/browser.ts';
import { measureRollupPageRows } from './rollup-page-rows.ts';
import { verdictLine } from './targets.ts';

console.log('Koiki Forms bench (roll-up page only) — building <koiki-rollup>…');
const browser = await launchBrowser();
try {
  const rows = await measureRollupPageRows(browser);
  console.log(`\n== 7b. roll-up page: files chosen → table shown (Chromium) ==\n${rows.table}`);
  console.log(`\n${rows.verdicts.map(verdictLine).join('\n')}`);
} finally {
  await browser.close();
}
