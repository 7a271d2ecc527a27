// WCAG 2.4.13-style focus indicators: a black outline with a yellow ring, so the indicator has
// at least 3:1 against the button it surrounds and against the page behind it.
import '@koiki/assistant';
import '@koiki/assistant/runner';
import { newDraft, openDraftStore } from '@koiki/drafts';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sampleModule } from './sample-module.ts';

type Rgb = [number, number, number];

function rgb(color: string): Rgb {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Focuses `button` as a keyboard user would, and checks its indicator's contrast. */
async function expectVisibleFocus(button: HTMLElement, page: Rgb = [255, 255, 255]) {
  await sendKeys({ press: 'Shift' }); // a key press first: programmatic focus then shows as :focus-visible
  button.focus();
  const style = getComputedStyle(button);
  const outline = rgb(style.outlineColor);
  const ring = rgb(style.boxShadow);
  const background = style.backgroundColor.endsWith(', 0)') ? page : rgb(style.backgroundColor);
  expect(style.outlineStyle, button.textContent ?? '').to.equal('solid');
  expect(Number.parseFloat(style.outlineWidth)).to.be.at.least(2);
  expect(contrast(outline, page), `${button.textContent} 外側と背景`).to.be.at.least(3);
  expect(
    Math.max(contrast(ring, background), contrast(outline, background)),
    `${button.textContent} ボタンとの差`,
  ).to.be.at.least(3);
}

describe('フォーカスの表示（黒と黄色）', () => {
  it('アシスタントの様式の選択ボタン', async () => {
    const el = await fixture<HTMLElement>(html`<koiki-assistant></koiki-assistant>`);
    await expectVisibleFocus(el.shadowRoot!.querySelector<HTMLElement>('.form-choice')!);
  });

  it('手順のボタン（主・副・文字だけ）', async () => {
    const draft = newDraft({
      formId: 'sample-form',
      schemaVersion: 1,
      data: { name: '川上村' },
      step: 'items',
      title: '試験',
    });
    const store = openDraftStore(`koiki-focus-${Math.random()}`);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<koiki-form-runner .module=${sampleModule} .draft=${{ ...draft, reached: 'items' }}
        .store=${store}></koiki-form-runner>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (const selector of ['.navigation .primary', '.navigation .secondary', '.tools .tertiary']) {
      await expectVisibleFocus(root.querySelector<HTMLElement>(selector)!);
    }
  });
});
