// The characters the PDF font keeps. Japanese official documents are written in JIS X 0208
// (the national systems reject other characters), but names are often typed with the IBM/NEC
// extension characters of Windows (髙, 﨑, ①, ㎡), so those are kept too. The lists come from
// the WHATWG decoders built into Node, not from a table kept here.

/** Every character a two-byte code of `encoding` decodes to, for the lead and trail bytes given. */
function decodeTwoByteCodes(
  encoding: string,
  leads: [number, number],
  trails: [number, number],
): string[] {
  const decoder = new TextDecoder(encoding);
  const found: string[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if ([...char].length === 1 && char !== '\ufffd') found.push(char);
    }
  }
  return found;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** JIS X 0208 (rows 1–94 of EUC-JP, which include NEC row 13 and the NEC-selected IBM rows 89–92). */
const jisRows = () => decodeTwoByteCodes('euc-jp', [0xa1, 0xfe], [0xa1, 0xfe]);

/** The IBM extension characters (Shift_JIS lead bytes 0xFA–0xFC). */
const ibmExtension = () => decodeTwoByteCodes('shift_jis', [0xfa, 0xfc], [0x40, 0xfc]);

/**
 * The other Unicode characters that the same JIS codes are mapped to by other converters
 * (〜 for ～, − for －, …), so text typed on any system prints.
 */
const standardMappingAlternatives = '—〜‖−¢£¬';

/** Characters the PDF code itself prints beyond JIS X 0208 (page ranges such as 「3–4」), and ¥ ². */
const typographic = '–¥²';

/** ASCII, half-width kana, JIS X 0208 with the IBM/NEC extensions: the characters of the font subset. */
export function subsetCharacters(): string {
  const all = new Set([
    ...range(0x20, 0x7e),
    ...range(0xff61, 0xff9f),
    ...jisRows(),
    ...ibmExtension(),
    ...standardMappingAlternatives,
    ...typographic,
  ]);
  return [...all].join('');
}
