import { type KoikiStepList, type StepItem, stepProgress } from '@koiki/kit';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const steps: StepItem[] = [
  { id: 'applicant', title: '申請団体', state: 'done' },
  { id: 'agreement', title: '連携協約', state: 'done' },
  { id: 'special', title: '特例', state: 'skipped' },
  { id: 'costs', title: '経費', state: 'current' },
  { id: 'people', title: '派遣職員', state: 'upcoming', visited: true },
  { id: 'contact', title: '担当者', state: 'upcoming' },
  { id: 'attachments', title: '添付書類', state: 'upcoming' },
  { id: 'review', title: '確認', state: 'upcoming' },
];

async function stepList(items: StepItem[]) {
  return fixture<KoikiStepList>(html`<koiki-step-list .steps=${items}></koiki-step-list>`);
}

describe('<koiki-step-list>', () => {
  it('進み具合を「3 / 7 経費」と表示する（対象外の手順は数えない）', async () => {
    const el = await stepList(steps);
    expect(el.shadowRoot!.querySelector('.progress')?.textContent).to.equal('3 / 7 経費');
    expect(stepProgress(steps)).to.equal('3 / 7 経費');
    await expect(el).to.be.accessible();
  });

  it('現在の手順に aria-current="step" が付き、ボタンではない', async () => {
    const el = await stepList(steps);
    const current = el.shadowRoot!.querySelectorAll('[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(current[0]!.textContent).to.contain('経費');
    expect(current[0]!.querySelector('button')).to.equal(null);
  });

  it('入力済みと見たことのある手順だけがボタンになる', async () => {
    const el = await stepList(steps);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(buttons).to.deep.equal(['申請団体', '連携協約', '派遣職員']);
    const skipped = el.shadowRoot!.querySelector('li.skipped')!;
    expect(skipped.textContent).to.contain('対象外');
  });

  it('Tab と Enter で入力済みの手順を選ぶと koiki-step-select が届く', async () => {
    const el = await stepList(steps);
    const first = el.shadowRoot!.querySelector('button')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    const selected = oneEvent(el, 'koiki-step-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'agreement' });
    expect(event.composed).to.equal(true);
  });

  it('手順がまだ無いときは進み具合を表示しない', async () => {
    const el = await stepList([]);
    expect(el.shadowRoot!.querySelector('.progress')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
