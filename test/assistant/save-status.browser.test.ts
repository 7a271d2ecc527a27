// The 「保存しました」 line follows every autosave on its own: a save redraws that line, not the
// step. A save that cannot be kept still brings the notice with its export button at once.
import '@koiki/assistant/runner';
import { type DraftStore, newDraft, openDraftStore, StorageUnavailable } from '@koiki/drafts';
import { loadDantaiList } from '@koiki/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import { sampleModule } from './sample-module.ts';
import { waitFor } from './wait-for.ts';

type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: { set(path: string, value: unknown): void };
  autosave: { flush(): Promise<void> };
};

async function mountRunner(store: Promise<DraftStore>) {
  const draft = newDraft({
    formId: 'sample-form',
    schemaVersion: 1,
    data: { name: '川上村' },
    step: 'basics',
    title: '試験',
  });
  const el = await fixture<Runner>(
    html`<koiki-form-runner .module=${sampleModule} .draft=${draft} .store=${store}></koiki-form-runner>`,
  );
  await el.updateComplete;
  return el;
}

const statusText = (el: Runner) =>
  el.shadowRoot!.querySelector('koiki-save-status .save-status')?.textContent?.trim() ?? '';

describe('自動保存の状態の表示', () => {
  it('保存のたびに「保存しました」が出て、手順そのものは描き直さない', async () => {
    const el = await mountRunner(openDraftStore(`koiki-status-${Math.random()}`));
    // The runner draws again once the 団体 list has come: let that happen before counting.
    await loadDantaiList();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.session.set('name', '川下村');
    await el.updateComplete;
    expect(statusText(el)).to.equal('保存しています…');
    let renders = 0;
    const render = (el as unknown as { render(): unknown }).render.bind(el);
    (el as unknown as { render(): unknown }).render = () => {
      renders++;
      return render();
    };
    await el.autosave.flush();
    await waitFor(
      () => statusText(el).startsWith('このブラウザーに下書きを保存しました（'),
      '保存しました',
    );
    expect(statusText(el)).to.match(/^このブラウザーに下書きを保存しました（\d\d:\d\d）$/);
    expect(renders).to.equal(0);
    expect(el.shadowRoot!.querySelector('koiki-save-status [role="status"]')).to.not.equal(null);
  });

  it('保存できないときは、書き出しボタン付きの知らせが手順の上に出る', async () => {
    const refused = Promise.reject(new StorageUnavailable(new Error('blocked')));
    const el = await mountRunner(refused);
    el.session.set('name', '川下村');
    await el.autosave.flush();
    const notice = await waitFor(
      () => el.shadowRoot!.querySelector('.notice.warning[role="alert"]'),
      '保存できない知らせ',
    );
    expect(notice.textContent).to.contain('下書きをファイルに書き出す');
    expect(el.shadowRoot!.querySelector('koiki-save-status')).to.equal(null);
  });
});
