// `npm run bench:rollup`: only the roll-up rows of the bench (files chosen → table shown).
import { launchBrowser } from '../e2e/support/browser.ts';
import { measureRollupRows } from './rollup-rows.ts';
import { verdictLine } from './targets.ts';

console.log('Koiki Forms bench (roll-up only) — building <koiki-rollup> and the claim PDFs…');
const browser = await launchBrowser();
try {
  const rows = await measureRollupRows(browser);
  console.log(`\n== 7. roll-up: files chosen → table shown ==\n${rows.table}`);
  console.log(`\n${rows.verdicts.map(verdictLine).join('\n')}`);
} finally {
  await browser.close();
}
