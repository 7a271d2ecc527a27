import type { Dantai } from '@koiki/schemas';

/** How a 団体 is named in the picker: 都道府県 alone, any other with its 都道府県: 「川上村（長野県）」. */
export function dantaiLabel(dantai: Dantai): string {
  return dantai.kind === '都道府県' ? dantai.name : `${dantai.name}（${dantai.prefectureName}）`;
}
