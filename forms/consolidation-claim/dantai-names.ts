// 団体名 for the draft title and the 'info' texts, which must be computed synchronously.
// The 団体 list loads lazily (about 95 kB); until it is there, a 団体 is shown by its code.
import { type Dantai, findDantai, loadDantaiList } from '@koiki/schemas';

let loaded: readonly Dantai[] | undefined;
let loading: Promise<readonly Dantai[]> | undefined;

/** Loads the 団体 list once; later calls of `dantaiName` then give names. */
export function loadDantaiNames(): Promise<readonly Dantai[]> {
  loading ??= loadDantaiList().then((list) => {
    loaded = list;
    return list;
  });
  return loading;
}

/** 「大村市」, or the code itself while the list is not loaded or the code is unknown. */
export function dantaiName(code: string): string {
  if (!loaded) {
    void loadDantaiNames();
    return code;
  }
  return findDantai(loaded, code)?.name ?? code;
}
