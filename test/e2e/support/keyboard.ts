// Keyboard-only driving of the assistant: focus moves with Tab alone, as a person without a
// mouse would move it; these helpers only decide how many times to press it.
import type { Page } from 'playwright-core';

export interface ActiveElement {
  /** data-path of the nearest field around the focused element, across shadow roots. */
  path: string | null;
  tag: string;
  type: string;
  value: string;
  text: string;
  checked: boolean;
}

export function activeElement(page: Page): Promise<ActiveElement> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    let node: Node | null = el;
    let path: string | null = null;
    while (node && path === null) {
      if (node instanceof Element && node.hasAttribute('data-path'))
        path = node.getAttribute('data-path');
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    const input = el as HTMLInputElement | null;
    return {
      path,
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      value: input?.value ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: Boolean(input?.checked),
    };
  });
}

const limit = 400;

/** Presses Tab until the focus is inside the field at `path`. */
export async function tabToField(page: Page, path: string): Promise<ActiveElement> {
  for (let i = 0; i < limit; i++) {
    const active = await activeElement(page);
    if (active.path === path && active.tag !== 'button') return active;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the field ${path}`);
}

/** Presses Tab until a button with this text (or aria-label) has focus, then Enter. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < limit; i++) {
    const active = await activeElement(page);
    if (active.tag === 'button' && matches(active.text)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button 「${name}」`);
}

export async function fillText(page: Page, path: string, text: string): Promise<void> {
  await tabToField(page, path);
  await page.keyboard.type(text);
}

/** A date: Tab past the era select to the year box and type the whole date there (「R8.4.1」). */
export async function fillDate(page: Page, path: string, text: string): Promise<void> {
  await tabToField(page, path);
  await page.keyboard.press('Tab');
  await page.keyboard.type(text);
}

/** A radio group: Space on the option if focus is on it, else arrow keys until it is checked. */
export async function chooseRadio(page: Page, path: string, value: string): Promise<void> {
  let active = await tabToField(page, path);
  for (let i = 0; i < 20; i++) {
    if (active.value === value) {
      if (!active.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
    active = await activeElement(page);
  }
  throw new Error(`no radio ${value} in ${path}`);
}

/** A closed native select: arrow keys until the wanted value is selected. */
export async function chooseSelect(page: Page, path: string, value: string): Promise<void> {
  let active = await tabToField(page, path);
  for (let i = 0; i < 60 && active.value !== value; i++) {
    await page.keyboard.press('ArrowDown');
    active = await activeElement(page);
  }
  if (active.value !== value) throw new Error(`no option ${value} in ${path}`);
}

/** The 団体 combobox: type a code or name, take the first suggestion with the keyboard. */
export async function chooseDantai(page: Page, path: string, query: string): Promise<void> {
  await tabToField(page, path);
  await page.keyboard.type(query);
  // The suggestions come from the 団体 list, which may still be loading: wait for them.
  await page.waitForFunction(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const root = el?.getRootNode() as ParentNode | undefined;
    return Boolean(root?.querySelector("[role='listbox']:not([hidden]) [role='option']"));
  });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** A checkbox group: Tab to the box with this value, Space to tick it. */
export async function tickCheckbox(page: Page, path: string, value: string): Promise<void> {
  let active = await tabToField(page, path);
  for (let i = 0; i < 20 && active.value !== value; i++) {
    await page.keyboard.press('Tab');
    active = await activeElement(page);
  }
  if (active.value !== value || active.path !== path)
    throw new Error(`no checkbox ${value} in ${path}`);
  if (!active.checked) await page.keyboard.press('Space');
}
