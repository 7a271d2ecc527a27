// Many files are read in workers, off the page's main thread; where no worker can start (a strict
// CSP, say) they are read on the page and nothing is lost.
import '@koiki/rollup/koiki-rollup.js';
import type { KoikiRollup } from '@koiki/rollup/koiki-rollup.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../assistant/wait-for.ts';
import { hostileFiles, validClaims } from './received-files.ts';
import { OriginalWorker, withWorker } from './support/with-worker.ts';

const rows = (el: KoikiRollup) => el.shadowRoot!.querySelectorAll('table.claims tbody tr').length;
const refused = (el: KoikiRollup) => el.shadowRoot!.querySelectorAll('.refused li').length;

async function readAll(count: number) {
  const { claims } = await validClaims(count);
  const hostile = await hostileFiles();
  const el = await fixture<KoikiRollup>(
    html`<koiki-rollup .database=${`koiki-rollup-workers-${Math.random()}`}></koiki-rollup>`,
  );
  await el.addFiles([...claims.map((c) => c.file), ...hostile]);
  await waitFor(() => rows(el) === count, `${count}行`);
  return el;
}

describe('<koiki-rollup> の読み込み', () => {
  it('複数のファイルは読み込み用のワーカーで読み、結果は渡した順に並ぶ', async function () {
    this.timeout(60_000);
    const urls: string[] = [];
    let replies = 0;
    const el = await withWorker(
      (url, options) => {
        urls.push(url);
        const worker = new OriginalWorker(url, options);
        worker.addEventListener('message', () => replies++);
        return worker;
      },
      () => readAll(8),
    );
    expect(urls.length).to.be.greaterThan(1);
    expect(urls.every((url) => url.includes('read-worker'))).to.equal(true);
    expect(replies).to.equal(8 + 5);
    expect(refused(el)).to.equal(5);
    const names = el.claims.map((c) => c.fileName);
    expect(names).to.deep.equal([...names].sort());
  });

  it('ワーカーを作れないページでも、すべてのファイルをページで読む', async function () {
    this.timeout(60_000);
    const el = await withWorker(
      () => {
        throw new DOMException('blocked by CSP', 'SecurityError');
      },
      () => readAll(8),
    );
    expect(refused(el)).to.equal(5);
    expect(el.report!.claims).to.have.length(8);
  });
});
