// The contract every field keeps, run by each field's own test: a visible label that names the
// input, the 要否 badge, only the error it is given (never one of its own) shown and announced, a
// value in a native form's FormData, form.reset(), operation with real key presses, and no axe
// violations in any state. Names, descriptions and invalid states are read from the browser's
// accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type AxNode, axFindAll, axNode, axTree, isInvalid } from './a11y-tree.ts';

/** The shared surface of every koiki field element. */
export interface FieldElement extends HTMLElement {
  label: string;
  hint: string;
  required: boolean;
  name: string;
  value: unknown;
  raw: string;
  error: string;
  updateComplete: Promise<boolean>;
}

export interface FieldContract {
  /** The custom element tag, already defined. */
  tag: string;
  /** Names a variant in the test titles (「複数行」, 「ラジオ」). */
  variant?: string;
  /** Sets what the field needs besides label/name (options, range). */
  setup?: (el: FieldElement) => void;
  /** With focus in the field's first input, enters a valid answer using real key presses. */
  fill: (el: FieldElement) => Promise<void>;
  /** What `new FormData(form).getAll(name)` holds after fill. */
  filledFormData: string[];
  /** What FormData holds when the field is empty; [] unless the field submits '' (text). */
  emptyFormData?: string[];
  /** With focus in the first input, enters what the field itself cannot accept (unparseable, emptied). */
  makeInvalid?: (el: FieldElement) => Promise<void>;
  /** The accessibility-tree role of the node the label names: 'textbox', 'combobox' or 'group'. */
  namedRole: string;
}

const LABEL = '契約項目';

async function mount(contract: FieldContract, required = true) {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button" id="before">前へ</button></form>`,
  );
  const el = document.createElement(contract.tag) as FieldElement;
  el.label = LABEL;
  el.name = 'answer';
  el.required = required;
  contract.setup?.(el);
  form.append(el);
  const after = document.createElement('button');
  after.type = 'button';
  after.textContent = '次へ';
  form.append(after);
  await el.updateComplete;
  return { form, el };
}

/** Puts focus in the field the way a keyboard user does: Tab from the button before it. */
async function tabIn(form: HTMLFormElement) {
  form.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
}

/** Leaves the field the way a keyboard user does: Tab until focus is past it. */
async function tabOut(el: FieldElement) {
  for (let presses = 0; presses < 10 && document.activeElement === el; presses += 1) {
    await sendKeys({ press: 'Tab' });
  }
}

async function settle(el: FieldElement) {
  await el.updateComplete;
  await el.updateComplete;
}

function shownError(el: FieldElement): string {
  return el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, '') ?? '';
}

/** Nodes of the tree the field marks invalid. */
async function invalidNodes(): Promise<AxNode[]> {
  return axFindAll(await axTree(), isInvalid);
}

export function runFieldContract(contract: FieldContract): void {
  describe(`${contract.tag}${contract.variant ? `（${contract.variant}）` : ''}: 共通の約束`, () => {
    it('ラベルが見えていて、入力欄の名前として読み上げられる', async () => {
      const { el } = await mount(contract);
      const label = el.shadowRoot!.querySelector('[part="label"]') as HTMLElement;
      expect(label.textContent?.trim()).to.equal(LABEL);
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(
        await axNode(contract.namedRole, LABEL),
        `${contract.namedRole}「${LABEL}」`,
      ).to.not.equal(null);
    });

    it('必須なら ※必須、任意なら ※任意 と表示される', async () => {
      const { el } = await mount(contract, true);
      expect(el.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim()).to.equal('※必須');
      el.required = false;
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim()).to.equal('※任意');
    });

    it('入力前や、触れただけで離れたときはエラーが出ない', async () => {
      const { form, el } = await mount(contract);
      expect(shownError(el)).to.equal('');
      await tabIn(form);
      await tabOut(el);
      await settle(el);
      expect(shownError(el)).to.equal('');
      expect(await invalidNodes()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('必須を空にしても読めない値を入れても、欄は自分からエラーを出さない（エラーは外から渡す）', async () => {
      const { form, el } = await mount(contract);
      await tabIn(form);
      await (contract.makeInvalid ?? contract.fill)(el);
      await tabOut(el);
      await settle(el);
      expect(shownError(el)).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      expect(await invalidNodes()).to.deep.equal([]);
    });

    it('外から error を渡すと、触れていなくても「エラー：」付きで表示され、説明として読まれ、読み上げられる', async () => {
      const { el } = await mount(contract, false);
      el.error = '外部からの指摘です。';
      await settle(el);
      expect(shownError(el)).to.equal('エラー：外部からの指摘です。');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'role=alert').to.not.equal(null);
      const named = await axNode(contract.namedRole, LABEL);
      expect(named?.description ?? '', 'エラーが説明として読まれる').to.contain(
        '外部からの指摘です。',
      );
      expect((await invalidNodes()).length, 'aria-invalid の欄').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      el.error = '';
      await settle(el);
      expect(shownError(el)).to.equal('');
      expect(await invalidNodes()).to.deep.equal([]);
    });

    it('キーボードだけで入力でき、ネイティブ form の FormData に値が入る', async () => {
      const { form, el } = await mount(contract);
      const changes: unknown[] = [];
      let blurred = 0;
      el.addEventListener('koiki-change', (event) => changes.push((event as CustomEvent).detail));
      el.addEventListener('koiki-blur', () => {
        blurred += 1;
      });
      await tabIn(form);
      expect(document.activeElement).to.equal(el);
      await contract.fill(el);
      await tabOut(el);
      await settle(el);
      expect(changes.length).to.be.greaterThan(0);
      expect(blurred).to.be.greaterThan(0);
      expect(new FormData(form).getAll('answer')).to.deep.equal(contract.filledFormData);
      expect(shownError(el)).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('form の外で入力してから form に入れても、FormData に値が入る', async () => {
      // Outside a form the value is not serialised (a long table would pay for it per key).
      const { form, el } = await mount(contract);
      const outside = await fixture<HTMLDivElement>(html`<div></div>`);
      outside.append(...form.childNodes);
      await settle(el);
      outside.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await contract.fill(el);
      await tabOut(el);
      await settle(el);
      expect(new FormData(form).getAll('answer')).to.deep.equal([]);
      form.append(el);
      await settle(el);
      expect(new FormData(form).getAll('answer')).to.deep.equal(contract.filledFormData);
    });

    it('必須が空のままでは（ホストページの）form を送信できない', async () => {
      const { form } = await mount(contract);
      expect(form.checkValidity()).to.equal(false);
    });

    it('form.reset() で最初の状態に戻る', async () => {
      const { form, el } = await mount(contract);
      await tabIn(form);
      await contract.fill(el);
      await tabOut(el);
      await settle(el);
      form.reset();
      await settle(el);
      expect(new FormData(form).getAll('answer')).to.deep.equal(contract.emptyFormData ?? []);
      expect(shownError(el)).to.equal('');
    });

    it('focus() で最初の入力欄にフォーカスが入る', async () => {
      const { el } = await mount(contract);
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
    });
  });
}
