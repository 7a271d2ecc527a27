// Registers upstream fontkit 2 with pdf-lib. The fork pdf-lib suggests (@pdf-lib/fontkit 1.1.1)
// writes subsets whose glyphs render blank in short or two-weight Japanese documents
// (pdf-lib#1232); fontkit 2's subsetter does not, but it offers `encode()` where pdf-lib
// calls `encodeStream()`, so the subset gets a tiny stream on top of `encode()`.
import { create, type FontkitFont, type FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Listener = (value?: unknown) => void;

/** The event-emitter shape pdf-lib reads a subset from: one 'data' chunk, then 'end'. */
function encodeStream(subset: FontkitSubset) {
  const listeners: Record<string, Listener> = {};
  const stream = {
    on(event: string, listener: Listener) {
      listeners[event] = listener;
      return stream;
    },
  };
  // pdf-lib attaches its listeners right after the call returns; emit once they are there.
  queueMicrotask(() => {
    try {
      const bytes = subset.encode();
      listeners.data?.(bytes);
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  return stream;
}

// Parsing a 4.5 MB font takes tens of ms: keep the parsed font for as long as its bytes live.
const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** The fontkit font for these bytes, parsed once; its subsets can also be read by pdf-lib. */
export function parseFont(bytes: Uint8Array): FontkitFont {
  const known = parsed.get(bytes);
  if (known) return known;
  const font = create(bytes);
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, { encodeStream: () => encodeStream(subset) });
  };
  parsed.set(bytes, font);
  return font;
}

export const fontkitForPdfLib = { create: parseFont } as unknown as PdfLibFontkit;
