// Counts the pages of a PDF from its bytes, without a PDF library (kit stays small).
//
// How: every page tree node is a dictionary `<< /Type /Pages ... /Count n >>`; the root's /Count
// is the number of pages, and it is the largest. The dictionaries are read from the file as text
// and from inside compressed object streams (/Type /ObjStm, /FlateDecode, as PDF 1.5+ writers and
// pdf-lib produce), which are inflated with the browser's DecompressionStream.
//
// Limits, all answered with null ("unknown") rather than a wrong number unless noted:
// - streams compressed with anything but plain /FlateDecode (or with a predictor) are not read;
// - encrypted PDFs whose object streams are encrypted: their pages are not found;
// - a file changed by incremental updates that deleted pages reports the largest count it ever had
//   (the old page tree is still in the file);
// - a damaged file with no page tree falls back to counting `/Type /Page` leaves.

const latin1 = new TextDecoder('latin1');

/** Number of pages in a PDF, or null when the scan cannot tell. */
export async function countPdfPages(bytes: Uint8Array): Promise<number | null> {
  const text = latin1.decode(bytes);
  const texts = [text, ...(await inflateObjectStreams(bytes, text))];
  const fromTree = Math.max(0, ...texts.flatMap(pageTreeCounts));
  if (fromTree > 0) return fromTree;
  const leaves = texts.reduce(
    (sum, t) => sum + (t.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0),
    0,
  );
  return leaves > 0 ? leaves : null;
}

/** The /Count of every page tree node in the text. */
function pageTreeCounts(text: string): number[] {
  const counts: number[] = [];
  for (const match of text.matchAll(/\/Type\s*\/Pages(?![A-Za-z])/g)) {
    const dict = enclosingDictionary(text, match.index);
    const count = dict && /\/Count\s+(\d+)/.exec(text.slice(dict.start, dict.end));
    if (count) counts.push(Number(count[1]));
  }
  return counts;
}

/** Start and end (after `>>`) of the innermost `<< ... >>` around `index`, or null. */
function enclosingDictionary(text: string, index: number): { start: number; end: number } | null {
  let depth = 0;
  let start = -1;
  for (let i = index; i > 0; i--) {
    if (text[i] === '>' && text[i - 1] === '>') {
      depth++;
      i--;
    } else if (text[i] === '<' && text[i - 1] === '<') {
      if (depth === 0) {
        start = i - 1;
        break;
      }
      depth--;
      i--;
    }
  }
  if (start < 0) return null;
  depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return { start, end: i + 1 };
    }
  }
  return null;
}

/** The inflated text of every object stream we can read. */
async function inflateObjectStreams(bytes: Uint8Array, text: string): Promise<string[]> {
  const out: string[] = [];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm(?![A-Za-z])/g)) {
    const dict = enclosingDictionary(text, match.index);
    if (!dict) continue;
    const head = text.slice(dict.start, dict.end);
    if (!/\/Filter\s*\/FlateDecode(?![A-Za-z])/.test(head) || /\/DecodeParms/.test(head)) continue;
    const data = streamData(bytes, text, dict.end, head);
    if (!data) continue;
    try {
      out.push(latin1.decode(await inflate(data)));
    } catch {
      // Encrypted or damaged stream: its pages stay unknown (see the limits above).
    }
  }
  return out;
}

/** The raw bytes of the stream that follows a dictionary ending at `after`. */
function streamData(bytes: Uint8Array, text: string, after: number, head: string) {
  const keyword = /^\s*stream\r?\n/.exec(text.slice(after, after + 32));
  if (!keyword) return null;
  const start = after + keyword[0].length;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(head);
  if (direct) return bytes.subarray(start, start + Number(direct[1]));
  const end = text.indexOf('endstream', start);
  if (end < 0) return null;
  let last = end;
  while (last > start && (text[last - 1] === '\n' || text[last - 1] === '\r')) last--;
  return bytes.subarray(start, last);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
