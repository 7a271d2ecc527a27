// What loads before a form's first step (issue 19): the 団体 list (≈25 KB gzip) is fetched only
// after the first step has been drawn, and what names a 団体 shows the name once it has arrived;
// likewise the form's whole module (its outline joined with the contract: schema, calculator),
// which the first step is drawn without. (That zod and the schema stay out of the first step's
// chunks is checked on the built bundle: test/bench/budgets.test.ts.)
import '@koiki/assistant';
import type { KoikiFormRunner } from '@koiki/assistant/runner';
import type { DraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from './wait-for.ts';

// The unbundled source is hundreds of files, more than the page's resource timing buffer keeps:
// an observer hears of every file that arrives from now on.
const arrived: PerformanceEntry[] = [];
new PerformanceObserver((list) => arrived.push(...list.getEntries())).observe({
  type: 'resource',
  buffered: true,
});

/** The fetch of the 団体 list's module (schemas/data/dantai.ts), once it has arrived. */
const dantaiListEntry = () =>
  arrived.find((entry) => new URL(entry.name).pathname.endsWith('/schemas/data/dantai.ts'));

/** The fetch of a form's whole module (forms/<id>/index.ts, what joins the contract), once it has arrived. */
const wholeFormEntry = (formId: string) =>
  arrived.find((entry) => new URL(entry.name).pathname.endsWith(`/forms/${formId}/index.ts`));

interface FirstRender {
  runner: KoikiFormRunner;
  at: number;
  button: string | undefined;
  listFetched: boolean;
  wholeFormFetched: boolean;
  fieldsDefined: boolean;
  draftListDefined: boolean;
}

/** Resolves right after the runner's first render, before any other task can run. */
function firstRenderOf(root: ShadowRoot): Promise<FirstRender> {
  return new Promise((resolve) => {
    // Sent (not bubbling) as the runner starts its session, before it renders: heard in capture.
    root.addEventListener(
      'koiki-resume-point',
      (event) => {
        const runner = event.target as KoikiFormRunner;
        void runner.updateComplete.then(() =>
          resolve({
            runner,
            at: performance.now(),
            button: runner.shadowRoot
              ?.querySelector('.navigation button.primary')
              ?.textContent?.trim(),
            listFetched: dantaiListEntry() !== undefined,
            wholeFormFetched: wholeFormEntry(runner.module.definition.id) !== undefined,
            fieldsDefined: customElements.get('koiki-text-field') !== undefined,
            draftListDefined: customElements.get('koiki-draft-list') !== undefined,
          }),
        );
      },
      { capture: true, once: true },
    );
  });
}

/** Forgets the draft and step the assistant would reopen (other test files expect the chooser). */
const forgetResumePoints = () => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('koiki-assistant:resume:')) localStorage.removeItem(key);
};

describe('最初のステップまでに読み込むもの', () => {
  beforeEach(forgetResumePoints);
  afterEach(forgetResumePoints);

  it('団体の一覧・入力欄の部品・下書きの一覧を待たずに最初のステップを表示し、表示したあとで読み込む', async function () {
    // The first form opened in a page loads every module of the unbundled source: slow when busy.
    this.timeout(60_000);
    expect(dantaiListEntry(), 'このページではまだ読み込んでいない').to.equal(undefined);
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    const rendered = firstRenderOf(el.shadowRoot!);
    el.setAttribute('form', 'specialist-dispatch');
    const first = await rendered;
    expect(first.button).to.equal('入力をはじめる');
    expect(first.listFetched, '最初の表示の時点で団体の一覧が読み込まれている').to.equal(false);
    expect(first.wholeFormFetched, '最初の表示の時点で様式の契約が読み込まれている').to.equal(
      false,
    );
    expect(first.runner.session?.hasContract).to.equal(false);
    expect(first.fieldsDefined, '最初の表示の時点で入力欄の部品が登録されている').to.equal(false);
    expect(first.draftListDefined, '最初の表示の時点で下書きの一覧が登録されている').to.equal(
      false,
    );
    const entry = await waitFor(dantaiListEntry, '団体の一覧を表示のあとで読み込む');
    expect(entry.startTime).to.be.at.least(first.at);
    const whole = await waitFor(
      () => wholeFormEntry('specialist-dispatch'),
      '様式の契約を表示のあとで読み込む',
    );
    expect(whole.startTime).to.be.at.least(first.at);
    await waitFor(() => first.runner.session?.hasContract, '契約が届くとセッションが完成する');
    // The draft list follows in the intro, with its controls.
    const list = await waitFor(
      () => first.runner.querySelector('koiki-draft-list')?.shadowRoot,
      '下書きの一覧が表示される',
    );
    expect(list.textContent).to.include('下書き');
  });

  it('下書きの保存先（IndexedDB）を開く前に変えた内容も、開いたときに保存する', async function () {
    this.timeout(60_000);
    const el = await fixture<HTMLElement & { store: Promise<DraftStore> }>(
      html`<koiki-assistant></koiki-assistant>`,
    );
    const rendered = firstRenderOf(el.shadowRoot!);
    el.setAttribute('form', 'specialist-dispatch');
    const { runner } = await rendered;
    // At the first render, before the page was idle: the store is not open yet.
    runner.session!.set('contact.name', '保存前の入力');
    await runner.autosave!.flush();
    const id = runner.autosave!.current().id;
    const stored = await (await el.store).get(id);
    const data = stored?.data as { contact?: { name?: string } } | undefined;
    expect(data?.contact?.name).to.equal('保存前の入力');
  });

  it('ページが落ち着いたら、最初の入力を待たずにフォーム全体を一度チェックしておく', async function () {
    this.timeout(60_000);
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    const rendered = firstRenderOf(el.shadowRoot!);
    el.setAttribute('form', 'consolidation-claim');
    const { runner } = await rendered;
    const session = runner.session!;
    // Whether the contract was there at each check: the warm-up needs the schema, so it runs once it is.
    const checked: boolean[] = [];
    const validateAll = session.validateAll.bind(session);
    session.validateAll = () => {
      checked.push(session.hasContract);
      return validateAll();
    };
    // Nothing typed: the check comes from the idle warm-up (the first keystroke then finds it done).
    await waitFor(() => checked.includes(true), '契約が届いたあと、待機中にチェックする');
    expect(session.validateAll()).to.deep.equal(validateAll());
  });

  it('「入力をはじめる」の次のステップでは、入力欄の部品がそろって表示される', async function () {
    this.timeout(60_000);
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    const rendered = firstRenderOf(el.shadowRoot!);
    el.setAttribute('form', 'training-claim');
    const { runner } = await rendered;
    runner.shadowRoot!.querySelector<HTMLButtonElement>('.navigation button.primary')!.click();
    await runner.updateComplete;
    const fields = [...runner.shadowRoot!.querySelectorAll('.fields [data-path]')];
    expect(fields.length).to.be.greaterThan(0);
    // Every field element of the step is defined and drawn (its own shadow root), none waits.
    for (const field of fields.filter((f) => f.localName.startsWith('koiki-')))
      expect(field.shadowRoot, field.localName).to.not.equal(null);
  });
});
