// 団体名 for texts both forms compute synchronously (draft titles, 'info' fields, PDF lines).
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

/** The 団体 with this code, when the list is loaded. Starts loading it otherwise. */
export function dantaiIfLoaded(code: string): Dantai | undefined {
  if (!loaded) {
    void loadDantaiNames();
    return undefined;
  }
  return findDantai(loaded, code);
}

/** 「川上村」, or the code itself while the list is not loaded or the code is unknown. */
export function dantaiName(code: string): string {
  return dantaiIfLoaded(code)?.name ?? code;
}
