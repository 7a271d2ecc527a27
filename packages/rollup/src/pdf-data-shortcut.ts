// A shortcut to the data our PDFs carry. @koiki/pdf embeds it as one FlateDecode stream whose
// dictionary is written in plain text (embed-data.ts: /Type /EmbeddedFile, /Subtype
// /application#2Fjson, /Params with the /CreationDate). Finding that stream and inflating it is
// several times faster than parsing the whole PDF (pdf-lib parses every object, the fonts' width
// tables too), which counts with 2,000 files. Anything unexpected gives undefined and the caller
// reads the PDF fully (readPdfDataAndDate), so the shortcut never decides a refusal. What it
// returns is as untrusted as a JSON file and is checked the same way afterwards.
import { jsonNesting, MAX_JSON_DEPTH, parseJsonSafely } from './safe-json.ts';

const MAX_DATA_BYTES = 10 * 1024 * 1024;
/** The dictionary of the stream is a few hundred bytes. */
const MAX_DICT_BYTES = 1024;
const latin1 = new TextDecoder('latin1');
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const MARKER = ascii('/Type /EmbeddedFile');

export interface PdfDataShortcut {
  formId: string;
  schemaVersion: number;
  data: unknown;
  /** ISO date-time of the data file's /CreationDate (the PDF's own). */
  createdAt?: string;
}

/** Offsets of `needle` in `haystack`; stops after `limit` hits. */
function occurrences(haystack: Uint8Array, needle: Uint8Array, limit: number): number[] {
  const found: number[] = [];
  const first = needle[0] as number;
  for (let i = haystack.indexOf(first); i !== -1; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) {
      found.push(i);
      if (found.length >= limit) break;
    }
  }
  return found;
}

/** 'D:20261128073904Z' (as pdf-lib writes it) → ISO; undefined for anything else. */
function pdfDate(text: string | undefined): string | undefined {
  const match = text?.match(/^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The stream's compressed bytes and creation date, when its dictionary is the one we write. */
function dataStream(bytes: Uint8Array): { deflated: Uint8Array; createdAt?: string } | undefined {
  const hits = occurrences(bytes, MARKER, 2);
  if (hits.length !== 1) return undefined;
  const start = hits[0] as number;
  const window = latin1.decode(bytes.subarray(start, start + MAX_DICT_BYTES));
  const head = window.match(/^([\s\S]*?)>>\s*stream(\r\n|\n)/);
  if (!head) return undefined;
  const dict = head[1] as string;
  const length = dict.match(/\/Length (\d+)\s*$/m);
  if (
    !length ||
    !/\/Subtype \/application#2Fjson\b/.test(dict) ||
    !/\/Filter \/FlateDecode\b/.test(dict) ||
    /\/DecodeParms\b/.test(dict)
  )
    return undefined;
  const dataStart = start + (head[0] as string).length;
  const dataEnd = dataStart + Number(length[1]);
  if (dataEnd > bytes.length) return undefined;
  const tail = latin1.decode(bytes.subarray(dataEnd, dataEnd + 12));
  if (!/^(\r\n|\n|\r)?endstream/.test(tail)) return undefined;
  const createdAt = pdfDate(dict.match(/\/CreationDate \((D:[^)]*)\)/)?.[1]);
  return {
    deflated: bytes.subarray(dataStart, dataEnd),
    ...(createdAt ? { createdAt } : {}),
  };
}

/**
 * Inflates zlib data with the platform's DecompressionStream (Node and browsers alike, so reading
 * our PDFs needs no PDF library), giving up past the limit (a Flate bomb stops there) or on error.
 */
async function inflate(deflated: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const reader = new Blob([deflated as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate'))
      .getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_DATA_BYTES) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    return undefined;
  }
}

function envelopeOf(text: string): Omit<PdfDataShortcut, 'createdAt'> | undefined {
  if (jsonNesting(text).depth > MAX_JSON_DEPTH) return undefined;
  const parsed = parseJsonSafely(text);
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) return undefined;
  const { formId, schemaVersion, data } = parsed as Record<string, unknown>;
  const version = Number(schemaVersion);
  if (typeof formId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(formId)) return undefined;
  if (typeof schemaVersion !== 'number' && typeof schemaVersion !== 'string') return undefined;
  if (!Number.isSafeInteger(version) || version < 1) return undefined;
  return { formId, schemaVersion: version, data };
}

/** The data embedded in one of our PDFs, found without parsing the PDF; undefined to read it fully. */
export async function pdfDataShortcut(bytes: Uint8Array): Promise<PdfDataShortcut | undefined> {
  try {
    const stream = dataStream(bytes);
    if (!stream) return undefined;
    const inflated = await inflate(stream.deflated);
    if (!inflated) return undefined;
    const envelope = envelopeOf(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    if (!envelope) return undefined;
    return stream.createdAt ? { ...envelope, createdAt: stream.createdAt } : envelope;
  } catch {
    return undefined;
  }
}
