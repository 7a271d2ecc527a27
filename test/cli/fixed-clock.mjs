// Preloaded into a CLI run (node --import) to stop the clock at FIXED_CLOCK (an ISO instant):
// `new Date()` and `Date.now()` give that moment, everything else of Date is unchanged.
const fixed = Date.parse(process.env.FIXED_CLOCK ?? '');
if (Number.isNaN(fixed)) throw new Error('FIXED_CLOCK must be an ISO date-time');
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(fixed);
    else super(...args);
  }
  static now() {
    return fixed;
  }
}
globalThis.Date = FixedDate;
