// What <koiki-rollup> loads on first use, so that the one script tag stays small: the store,
// the roll-up core (its own parts load lazily again) and the kit's amount panel for the detail.
import '@koiki/kit/wizard/amount-panel';

export { checkClaims, readClaimFile, rollupToCsv, rollupToXlsx } from '../index.ts';
export { openRollupStore } from '../store/rollup-store.ts';
