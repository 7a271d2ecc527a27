// A cheap look at a PDF attachment before it is stored. The file is not parsed here (pdf-lib
// parses it when the claim's PDF is built); this only refuses files no scanner or office
// program makes: cut off before %%EOF, a page tree claiming more pages than any attachment
// has, or arrays and dictionaries nested deep enough to exhaust a parser.

const maxPages = 10_000;
const maxNesting = 256;

export type PdfProblem = 'truncated' | 'tooManyPages' | 'tooDeep';

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/** Index just past a literal string starting at `start` ('('), honouring nesting and escapes. */
function skipLiteralString(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** True at a `stream` keyword that opens stream data (not e.g. `endstream` or a name). */
function opensStream(text: string, i: number): boolean {
  return (
    text.startsWith('stream', i) &&
    (text[i + 6] === '\n' || text[i + 6] === '\r') &&
    (i === 0 || isSpace(text[i - 1]) || text[i - 1] === '>')
  );
}

/** What is wrong with `bytes` as a PDF to keep, or undefined when nothing obvious is. */
export function pdfProblem(bytes: Uint8Array): PdfProblem | undefined {
  // latin1 keeps one character per byte, so indexes are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.slice(-1024).includes('%%EOF')) return 'truncated';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '%') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '(') {
      i = skipLiteralString(text, i) - 1;
    } else if (c === '[' || (c === '<' && text[i + 1] === '<')) {
      if (++depth > maxNesting) return 'tooDeep';
      if (c === '<') i++;
    } else if (c === ']' || (c === '>' && text[i + 1] === '>')) {
      depth = Math.max(0, depth - 1);
      if (c === '>') i++;
    } else if (c === 's' && opensStream(text, i)) {
      const end = text.indexOf('endstream', i + 6);
      i = end === -1 ? text.length : end + 8;
    } else if (c === '/' && text.startsWith('/Count', i)) {
      const count = /^\/Count\s+(\d+)/.exec(text.slice(i, i + 40));
      if (count && Number(count[1]) > maxPages) return 'tooManyPages';
    }
  }
  return undefined;
}
