// `npm run bench:rollup`: only the roll-up rows of the bench (Node, no browser).
import { measureRollupRows } from './rollup-rows.ts';
import { verdictLine } from './targets.ts';

const rows = await measureRollupRows();
console.log(`\n== roll-up: received PDFs → report → .xlsx (Node) ==\n${rows.table}`);
console.log(`\n${rows.verdicts.map(verdictLine).join('\n')}`);
