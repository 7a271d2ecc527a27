// The elements of the steps after the first (the kit's fields, the row table, the 団体 picker, the
// amount panel, the review list) are not needed to draw a form's introduction: they load when a
// step that draws them is shown, or in the background once the first step is drawn.

type StepElements = typeof import('./step-elements.ts');

let loading: Promise<boolean> | undefined;
let loaded: StepElements | undefined;

/** Registers those elements once; resolves false when their code could not be fetched. */
export function loadStepElements(): Promise<boolean> {
  loading ??= import('./step-elements.ts').then(
    (elements) => {
      loaded = elements;
      return true;
    },
    () => false,
  );
  return loading;
}

/** Whether those elements are registered. */
export const stepElementsLoaded = (): boolean => loaded !== undefined;

/** The step templates (fields, amounts, review), once loaded; only called on a step drawn with them. */
export function stepElements(): StepElements {
  if (!loaded) throw new Error('step elements used before they were loaded');
  return loaded;
}

/** Shown while a reopened step waits for them. */
export const stepElementsLoading = '入力欄を読み込んでいます…';

/** Shown in place of a step's content when their code could not be fetched. */
export const stepElementsFailed =
  '入力欄を読み込めませんでした。通信の状態を確かめて、ページを読み込み直してください。入力した内容は下書きに残っています。';
