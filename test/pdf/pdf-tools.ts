// Poppler and qpdf, as a person checks a PDF: render it, read its words and boxes, check its structure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `fn` with the PDF written to a temporary file. */
export function withPdfFile<T>(bytes: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'koiki-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A grey-scale page: one byte per pixel, 0 = black. */
export interface GrayPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, maxval 255) as written by `pdftoppm -gray`. */
export function parsePgm(file: Uint8Array): GrayPage {
  // Header: "P5", width, height, maxval, separated by whitespace, then one whitespace byte.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(file[i] ?? 32))) i++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(file[i] ?? 32)))
      field += String.fromCharCode(file[i++] ?? 32);
    fields.push(field);
  }
  if (fields[0] !== 'P5' || fields[3] !== '255')
    throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: file.subarray(i + 1, i + 1 + width * height) };
}

export const RENDER_DPI = 100;

/** Every page rendered in grey at RENDER_DPI. */
export function renderGray(bytes: Uint8Array): GrayPage[] {
  return withPdfFile(bytes, (path, dir) => {
    execFileSync('pdftoppm', ['-r', String(RENDER_DPI), '-gray', path, join(dir, 'page')]);
    const pages: GrayPage[] = [];
    for (let n = 1; ; n++) {
      const candidates = [1, 2, 3].map((w) => join(dir, `page-${String(n).padStart(w, '0')}.pgm`));
      const file = candidates.find((c) => existsSync(c));
      if (!file) break;
      pages.push(parsePgm(new Uint8Array(readFileSync(file))));
    }
    return pages;
  });
}

export interface Word {
  page: number;
  text: string;
  /** Points from the top-left corner of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of the text layer with its box (`pdftotext -bbox`). */
export function wordBoxes(bytes: Uint8Array): Word[] {
  const html = withPdfFile(bytes, (path) =>
    execFileSync('pdftotext', ['-bbox', path, '-']).toString(),
  );
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = line.match(
      /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/,
    );
    if (!m) continue;
    const [, xMin, yMin, xMax, yMax, text] = m;
    words.push({
      page,
      text: unescapeXml(text ?? ''),
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    });
  }
  return words;
}

/**
 * Pixels with ink inside the word's box (shrunk by one pixel so rules next to it do not count).
 * Ink is anything darker than light grey: a thin stroke such as 「－」 anti-aliases to grey at
 * 100 dpi, while a blank glyph leaves the page white (and cell fills are lighter than this).
 */
export function darkPixelsIn(page: GrayPage, word: Word): number {
  const scale = RENDER_DPI / 72;
  const x0 = Math.ceil(word.xMin * scale) + 1;
  const x1 = Math.floor(word.xMax * scale) - 1;
  const y0 = Math.ceil(word.yMin * scale) + 1;
  const y1 = Math.floor(word.yMax * scale) - 1;
  let dark = 0;
  for (let y = Math.max(0, y0); y <= Math.min(page.height - 1, y1); y++) {
    for (let x = Math.max(0, x0); x <= Math.min(page.width - 1, x1); x++) {
      if ((page.pixels[y * page.width + x] ?? 255) < 200) dark++;
    }
  }
  return dark;
}

/** Words of the text layer whose box has no ink: characters that extract but do not print. */
export function blankWords(bytes: Uint8Array): Word[] {
  const pages = renderGray(bytes);
  return wordBoxes(bytes).filter((word) => {
    const page = pages[word.page - 1];
    return !page || darkPixelsIn(page, word) < 2;
  });
}

/** Text of one page (1-based), layout kept. */
export function pageText(bytes: Uint8Array, page: number): string {
  return withPdfFile(bytes, (path) =>
    execFileSync('pdftotext', [
      '-layout',
      '-f',
      String(page),
      '-l',
      String(page),
      path,
      '-',
    ]).toString(),
  );
}

/** `pdfinfo` as a map of field → value. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withPdfFile(bytes, (path) => execFileSync('pdfinfo', ['-isodates', path]).toString());
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => {
        const at = l.indexOf(':');
        return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
      }),
  );
}

/** `qpdf --check`: exit status and output. */
export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  return withPdfFile(bytes, (path) => {
    const run = spawnSync('qpdf', ['--check', path]);
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  });
}

/** The same PDF encrypted with a user password, made with qpdf. */
export function encryptWithQpdf(bytes: Uint8Array): Uint8Array {
  return withPdfFile(bytes, (path, dir) => {
    const out = join(dir, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', path, out]);
    return new Uint8Array(readFileSync(out));
  });
}

/** The first page of a PDF as a JPEG or PNG file, made with pdftoppm. */
export function firstPageAsImage(bytes: Uint8Array, format: 'jpeg' | 'png'): Uint8Array {
  return withPdfFile(bytes, (path, dir) => {
    execFileSync('pdftoppm', [`-${format}`, '-r', '30', '-singlefile', path, join(dir, 'image')]);
    return new Uint8Array(readFileSync(join(dir, `image.${format === 'jpeg' ? 'jpg' : 'png'}`)));
  });
}
