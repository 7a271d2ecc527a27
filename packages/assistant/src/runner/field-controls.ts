// The kit's field elements (the row table, the 団体 picker, dates, amounts, files…) are not needed
// to draw a step without questions, such as a form's first step: they load when a step with
// questions is drawn, or in the background once the first step is drawn.

let loading: Promise<boolean> | undefined;
let loaded = false;

/** Registers every field element once; resolves false when the code could not be fetched. */
export function loadFieldControls(): Promise<boolean> {
  loading ??= import('@koiki/kit/controls/define').then(
    () => {
      loaded = true;
      return true;
    },
    () => false,
  );
  return loading;
}

/** Whether the field elements are registered. */
export const fieldControlsLoaded = (): boolean => loaded;

/** Shown in place of a step's questions when their code could not be fetched. */
export const fieldControlsFailed =
  '入力欄を読み込めませんでした。通信の状態を確かめて、ページを読み込み直してください。入力した内容は下書きに残っています。';
