// `npm run bench:check`: the byte budgets only; exits 1 when one is over, naming what makes the bytes.
import { rm } from 'node:fs/promises';
import { checkBudgets } from './budgets.ts';
import { budgetText, byteTable, contributorTable } from './byte-table.ts';
import { measureBytes } from './measure-bytes.ts';

const measured = await measureBytes({ withFonts: false });
const results = checkBudgets(measured.report);
console.log(byteTable(measured));
if (measured.bundle.missingForms.length > 0)
  console.log(`\n様式がまだありません（測定から除外）: ${measured.bundle.missingForms.join(', ')}`);
console.log(`\n${budgetText(results)}`);
const over = results.filter((r) => !r.ok);
if (over.length > 0) {
  console.log(`\n${contributorTable(measured)}`);
  console.log(
    `\nバイト予算を ${over.length} 件超えています。上の「largest」の表が大きい順の内訳です（gzip share は推定）。` +
      `\n${over.length} byte budget(s) over; the tables above list the largest contributors.`,
  );
}
await rm(measured.bundle.dir, { recursive: true, force: true });
process.exit(over.length > 0 ? 1 : 0);
