// The controls the runner shows on the current step, read and filled as a person would: one
// entry per kit element with a data-path, in page order, with its label and current value.
import type { Locator, Page } from 'playwright-core';
import { dantaiPickerMessages } from '../../../packages/kit/src/fields/dantai-picker/dantai-picker-messages.ts';

export interface ShownControl {
  /** Position in page order; two elements on one path stay two entries. */
  index: number;
  path: string;
  tag: string;
  /** 'radio' | 'checkbox' | 'select' for a choice field. */
  type: string;
  label: string;
  /** The element's value and raw text as JSON, to compare before and after an input. */
  state: string;
}

/** Every field element on the current step (attachments aside: they take files, not typing). */
export function shownControls(page: Page): Promise<ShownControl[]> {
  return page.evaluate(() => {
    const runner = document
      .querySelector('koiki-assistant')
      ?.shadowRoot?.querySelector('koiki-form-runner')?.shadowRoot;
    // A table's cells live in the table's own shadow root, in page order where the table is.
    // (A loop, not a named helper: code run in the page may not name functions under tsx.)
    const elements: Element[] = [];
    const pending: Element[] = [...(runner?.querySelectorAll('[data-path]') ?? [])];
    while (pending.length > 0) {
      const el = pending.shift() as Element;
      if (el.tagName === 'KOIKI-REPEATABLE-ROWS' && el.shadowRoot) {
        pending.unshift(...el.shadowRoot.querySelectorAll('[data-path]'));
      } else if (el.tagName.startsWith('KOIKI-') && el.tagName !== 'KOIKI-ATTACHMENT-FIELD') {
        elements.push(el);
      }
    }
    return elements.map((el, index) => {
      const field = el as HTMLElement & { label?: string; value?: unknown; raw?: string };
      return {
        index,
        path: el.getAttribute('data-path') ?? '',
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type') ?? '',
        label: field.label ?? '',
        state: JSON.stringify([field.value ?? null, field.raw ?? '']),
      };
    });
  });
}

/** The row a path lies in ('posts.0'), or '' for the step itself: labels repeat per row only. */
export const scopeOf = (path: string): string => /^(.*\.\d+)\./.exec(path)?.[1] ?? '';

/** Labels or paths that occur more than once in one scope of the step. */
export function duplicates(controls: readonly ShownControl[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const control of controls) {
    for (const key of [`path ${control.path}`, `label ${scopeOf(control.path)}:${control.label}`]) {
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
  }
  return twice;
}

function control(page: Page, shown: ShownControl): Locator {
  return page.locator(`koiki-form-runner ${shown.tag}[data-path="${shown.path}"]`);
}

/** 'YYYY-MM-DD' → 「R8.4.1」, the short form a user types into the year box. */
function warekiShort(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const reiwa = (year ?? 0) - 2018;
  const after = (month ?? 0) > 4 || ((month ?? 0) === 4 && (day ?? 0) >= 30);
  if (reiwa >= 2 || (reiwa === 1 && (month ?? 0) >= 5)) return `R${reiwa}.${month}.${day}`;
  return after ? `R1.${month}.${day}` : `H${(year ?? 0) - 1988}.${month}.${day}`;
}

/** Types or chooses `value` in the control the way a user would, then leaves it. */
export async function fillControl(page: Page, shown: ShownControl, value: unknown): Promise<void> {
  const element = control(page, shown);
  switch (shown.tag) {
    case 'koiki-text-field':
    case 'koiki-yen-field':
      await element.locator('input, textarea').first().click();
      await page.keyboard.type(String(value));
      break;
    case 'koiki-date-field':
      await element.locator('input[data-box="year"]').click();
      await page.keyboard.type(warekiShort(String(value)));
      break;
    case 'koiki-fiscal-year-field':
      await element.locator('select').selectOption(String(value));
      break;
    case 'koiki-dantai-picker': {
      await element.locator('input').first().click();
      await page.keyboard.type(String(value));
      // The suggestions are shown once the 団体 list has loaded; a 一部事務組合・広域連合 is not in
      // the list, and its 6-digit code is taken as typed.
      await element
        .locator('[role="status"]')
        .filter({ hasNotText: dantaiPickerMessages.loading })
        .waitFor({ state: 'attached' });
      if (await element.getByRole('option').first().isVisible()) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      }
      break;
    }
    case 'koiki-choice-field':
      await choose(element, shown.type, value);
      break;
    default:
      throw new Error(`no way to fill ${shown.tag} at ${shown.path}`);
  }
  await page.keyboard.press('Tab');
}

async function choose(element: Locator, type: string, value: unknown): Promise<void> {
  if (type === 'select') {
    await element.locator('select').selectOption(String(value));
    return;
  }
  const inputs = element.locator('input');
  const wanted = (Array.isArray(value) ? value : [value]).map(String);
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    if (wanted.includes(await input.inputValue())) await input.check();
  }
}

/** The follow-ups shown, and those not placed right under their question (GOV.UK conditional reveal). */
export function followUps(page: Page): Promise<{ shown: number; misplaced: string[] }> {
  return page.evaluate(() => {
    const runner = document
      .querySelector('koiki-assistant')
      ?.shadowRoot?.querySelector('koiki-form-runner')?.shadowRoot;
    // Follow-ups inside a table are its cells, in the table's own shadow root.
    const reveals = [...(runner?.querySelectorAll<HTMLElement>('.reveal') ?? [])];
    for (const table of runner?.querySelectorAll('koiki-repeatable-rows') ?? []) {
      reveals.push(...(table.shadowRoot?.querySelectorAll<HTMLElement>('.reveal') ?? []));
    }
    const misplaced = reveals.flatMap((reveal) => {
      const question = reveal.dataset.revealOf ?? '';
      let previous = reveal.previousElementSibling;
      while (
        previous &&
        (previous.matches('p.field-note') ||
          (previous instanceof HTMLElement && previous.dataset.revealOf === question))
      ) {
        previous = previous.previousElementSibling;
      }
      const placed =
        previous?.getAttribute('data-path') === question ||
        previous?.querySelector(`[data-path="${question}"]`) != null;
      return placed ? [] : [reveal.firstElementChild?.getAttribute('data-path') ?? '?'];
    });
    return { shown: reveals.length, misplaced };
  });
}
