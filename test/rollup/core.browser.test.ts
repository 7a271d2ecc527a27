// The roll-up core in the browser: our PDF (read without a PDF library), a submit payload, a broken
// file refused, the checks, and the .xlsx and CSV exports, as <koiki-rollup> will run them.

import {
  checkClaims,
  isRefusedFile,
  type ReceivedClaim,
  readClaimFile,
  rollupToCsv,
  rollupToXlsx,
} from '@koiki/rollup';
import { expect } from '@open-wc/testing';

const fixture = async (name: string) =>
  new Uint8Array(await (await fetch(`/test/fixtures/v1/${name}`)).arrayBuffer());

describe('取りまとめの処理（ブラウザー）', () => {
  it('PDF と提出データを読み、検査し、.xlsx と CSV に書き出す', async () => {
    const pdf = await readClaimFile('v1.pdf', await fixture('specialist-dispatch.v1.pdf'));
    const payload = await readClaimFile(
      'v2.json',
      await fixture('consolidation-claim.v2.payload.json'),
    );
    const broken = await readClaimFile(
      'broken.pdf',
      new TextEncoder().encode('%PDF-1.7 壊れたファイル'),
    );
    expect(isRefusedFile(pdf), JSON.stringify(pdf).slice(0, 200)).to.equal(false);
    expect(isRefusedFile(payload)).to.equal(false);
    expect(isRefusedFile(broken)).to.equal(true);

    const report = await checkClaims([pdf, payload] as ReceivedClaim[]);
    expect(report.claims.map((claim) => claim.dantaiName)).to.deep.equal(['高知県', '大村市']);
    expect(report.claims.map((claim) => claim.fromSchemaVersion)).to.deep.equal([1, 2]);
    const counted = report.claims.filter((claim) => claim.counted);
    expect(report.overall.yen).to.equal(
      counted.reduce((sum, claim) => sum + claim.amounts.totals.yen, 0),
    );

    const xlsx = await rollupToXlsx(report);
    expect([...xlsx.subarray(0, 2)]).to.deep.equal([0x50, 0x4b]); // a ZIP: PK
    const csv = await rollupToCsv(report);
    expect([...csv.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv)).to.contain('大村市');
  });
});
