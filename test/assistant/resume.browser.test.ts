// A reload as the assistant sees it: the element goes (pagehide, disconnect) and a new one
// comes. Nothing typed → no draft; something typed → the same draft at the same step.
import '@koiki/assistant';
import type { DraftStore } from '@koiki/drafts';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './wait-for.ts';

type Assistant = HTMLElement & {
  updateComplete: Promise<boolean>;
  store: Promise<DraftStore>;
  draft?: { id: string };
};
type Runner = HTMLElement & {
  updateComplete: Promise<boolean>;
  session: { step: { id: string } };
  autosave: { flush(): Promise<void> };
};

const shadow = (el: Element) => el.shadowRoot!;
const runnerOf = (el: Element) => shadow(el).querySelector<Runner>('koiki-form-runner');
const headingOf = (el: Element) =>
  runnerOf(el)?.shadowRoot?.querySelector('h3.step-title')?.textContent;
const runnerButton = (el: Element, name: string) =>
  [...(runnerOf(el)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === name,
  );

async function mountAssistant(): Promise<Assistant> {
  const el = await fixture<Assistant>(html`<koiki-assistant></koiki-assistant>`);
  await el.updateComplete;
  return el;
}

/** The page goes away as on a reload: pagehide, then the element leaves the document. */
async function leave(el: Assistant): Promise<void> {
  window.dispatchEvent(new Event('pagehide'));
  await runnerOf(el)?.autosave.flush();
  fixtureCleanup();
}

async function chooseForm(el: Assistant, title: string): Promise<void> {
  const choice = [...shadow(el).querySelectorAll<HTMLButtonElement>('.form-choice')].find((b) =>
    b.textContent?.includes(title),
  );
  choice?.click();
  await waitFor(() => headingOf(el) === 'はじめに', 'はじめにが出る');
}

/** The draft list on the intro has read the store (blank drafts removed, rescues recovered). */
async function listed(el: Assistant): Promise<void> {
  const list = await waitFor(
    () =>
      runnerOf(el)?.querySelector<HTMLElement & { refresh(): Promise<void> }>('koiki-draft-list'),
    '下書きの一覧',
  );
  await list.refresh();
}

describe('再読み込みと再開', () => {
  beforeEach(async () => {
    localStorage.clear();
    const el = await mountAssistant();
    await (await el.store).clear();
    fixtureCleanup();
  });
  // Resume points live in the origin's localStorage, shared with the other test files: none is left behind.
  afterEach(() => localStorage.clear());

  it('様式を選ぶと「はじめに」の見出しにフォーカスが移る', async () => {
    const el = await mountAssistant();
    await chooseForm(el, '専門人材派遣');
    await waitFor(
      () => runnerOf(el)?.shadowRoot?.activeElement?.textContent === 'はじめに',
      '見出しにフォーカス',
    );
  });

  it('入力せずに3回再読み込みしても、下書きは0件', async () => {
    let el = await mountAssistant();
    await chooseForm(el, '専門人材派遣');
    runnerButton(el, '入力をはじめる')?.click();
    await waitFor(() => headingOf(el) === '申請団体と担当者', '最初の入力の手順');
    for (let i = 0; i < 3; i++) {
      await leave(el);
      el = await mountAssistant();
      await waitFor(() => headingOf(el) === '申請団体と担当者', '同じ手順で開き直す');
    }
    await leave(el);
    el = await mountAssistant();
    runnerOf(el)?.session && (await waitFor(() => headingOf(el), '開き直す'));
    expect(await (await el.store).list()).to.deep.equal([]);
  });

  it('入力して再読み込みすると、同じ下書きの同じ手順が開く', async () => {
    let el = await mountAssistant();
    await chooseForm(el, '専門人材派遣');
    runnerButton(el, '入力をはじめる')?.click();
    await waitFor(() => headingOf(el) === '申請団体と担当者', '最初の入力の手順');
    const field = runnerOf(el)!.shadowRoot!.querySelector<HTMLElement>(
      '[data-path="contact.department"]',
    )!;
    field.focus();
    await sendKeys({ type: '総務部' });
    await runnerOf(el)?.autosave.flush();
    const [saved] = await (await el.store).list();
    expect(saved?.data).to.deep.include({ contact: { department: '総務部' } });
    await leave(el);

    el = await mountAssistant();
    await waitFor(() => headingOf(el) === '申請団体と担当者', '同じ手順で開き直す');
    expect(el.draft?.id).to.equal(saved?.id);
    expect((await (await el.store).list()).map((d) => d.id)).to.deep.equal([saved?.id]);
  });

  it('一覧から下書きを開くと、その手順の見出しにフォーカスが移り、開く前の空の下書きは保存されない', async () => {
    let el = await mountAssistant();
    await chooseForm(el, '専門人材派遣');
    runnerButton(el, '入力をはじめる')?.click();
    await waitFor(() => headingOf(el) === '申請団体と担当者', '最初の入力の手順');
    const field = runnerOf(el)!.shadowRoot!.querySelector<HTMLElement>(
      '[data-path="contact.department"]',
    )!;
    field.focus();
    await sendKeys({ type: '総務部' });
    await runnerOf(el)?.autosave.flush();
    await leave(el);
    localStorage.clear(); // a new visit: no resume point, the chooser shows

    el = await mountAssistant();
    await chooseForm(el, '専門人材派遣');
    await listed(el);
    const list = runnerOf(el)!.querySelector('koiki-draft-list')!;
    const resume = await waitFor(
      () =>
        [...list.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === '続きから再開',
        ),
      '「続きから再開」',
    );
    resume.click();
    await waitFor(
      () => runnerOf(el)?.shadowRoot?.activeElement?.textContent === '申請団体と担当者',
      '下書きの手順の見出しにフォーカス',
    );
    await leave(el);
    el = await mountAssistant();
    await waitFor(() => headingOf(el), '開き直す');
    expect(await (await el.store).list()).to.have.length(1);
  });
});
