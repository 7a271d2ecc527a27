// Appends the form's attachments after an index page: PDF pages merged, images one per page.
import { PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import { drawHeadingLine } from './draw-blocks.ts';
import { drawGrid } from './draw-grid.ts';
import { AttachmentError } from './errors.ts';
import { baselineIn, drawText, type Flow, MUTED, newPage } from './flow.ts';
import { CONTENT_WIDTH, mm, PAGE, TYPE } from './page-geometry.ts';
import type { PdfAttachment } from './spec.ts';

export type AttachmentKind = 'PDF' | 'JPEG' | 'PNG';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file's kind from its first bytes (names and MIME types can lie). */
export function attachmentKind(bytes: Uint8Array): AttachmentKind | undefined {
  if (String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'PDF';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  return undefined;
}

type Loaded = { name: string; label?: string | undefined } & (
  | { kind: 'PDF'; pages: PDFPage[] }
  | { kind: 'JPEG' | 'PNG'; image: PDFImage }
);

async function loadPdfPages(doc: PDFDocument, file: PdfAttachment): Promise<PDFPage[]> {
  let source: PDFDocument;
  try {
    // Loaded even when encrypted, only to tell the user that this is the problem.
    source = await PDFDocument.load(file.bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (cause) {
    throw new AttachmentError(file.name, 'corrupt', { cause });
  }
  if (source.isEncrypted) throw new AttachmentError(file.name, 'encrypted');
  try {
    const pages = await doc.copyPages(source, source.getPageIndices());
    if (pages.length === 0) throw new Error('no pages');
    return pages;
  } catch (cause) {
    throw new AttachmentError(file.name, 'corrupt', { cause });
  }
}

async function loadAttachment(doc: PDFDocument, file: PdfAttachment): Promise<Loaded> {
  const kind = attachmentKind(file.bytes);
  if (!kind) throw new AttachmentError(file.name, 'unsupported');
  const named = { name: file.name, label: file.label };
  if (kind === 'PDF') return { ...named, kind, pages: await loadPdfPages(doc, file) };
  try {
    const image = kind === 'JPEG' ? await doc.embedJpg(file.bytes) : await doc.embedPng(file.bytes);
    return { ...named, kind, image };
  } catch (cause) {
    throw new AttachmentError(file.name, 'corrupt', { cause });
  }
}

const pageCount = (file: Loaded) => (file.kind === 'PDF' ? file.pages.length : 1);

/** Index rows: number, name, kind, pages, and where in this PDF each file starts and ends. */
function indexRows(files: Loaded[], firstPage: number) {
  let next = firstPage;
  return files.map((file, i) => {
    const count = pageCount(file);
    const range = count === 1 ? `${next}` : `${next}–${next + count - 1}`;
    next += count;
    const title = file.label ? `${file.label}\n${file.name}` : file.name;
    return { cells: [String(i + 1), title, file.kind, String(count), range] };
  });
}

const INDEX_COLUMNS = [
  { header: 'No.', width: 0.07, align: 'center' },
  { header: '書類・ファイル名', width: 0.53, align: 'left' },
  { header: '種類', width: 0.1, align: 'center' },
  { header: 'ページ数', width: 0.12, align: 'right' },
  { header: '掲載ページ', width: 0.18, align: 'center' },
] as const;

/** Draws the index on new pages; returns how many pages it took. */
function drawIndex(flow: Flow, files: Loaded[], indexPages: number): number {
  const before = flow.pages.length;
  newPage(flow);
  drawHeadingLine(flow, '添付書類一覧');
  const firstAttachmentPage = before + indexPages + 1;
  drawGrid(flow, {
    columns: INDEX_COLUMNS.map((c) => ({ width: CONTENT_WIDTH * c.width, align: c.align })),
    header: { cells: INDEX_COLUMNS.map((c) => c.header) },
    rows: indexRows(files, firstAttachmentPage),
  });
  return flow.pages.length - before;
}

const CAPTION = TYPE.cell * TYPE.leading;

/** One image on a page of its own, turned with the image, scaled to fit inside the margins. */
function addImagePage(flow: Flow, file: Loaded & { image: PDFImage }, number: number) {
  const landscape = file.image.width > file.image.height;
  const [width, height] = landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const page = flow.doc.addPage([width, height]);
  flow.pages.push(page);
  const top = height - PAGE.marginTop;
  drawText(
    page,
    `添付 ${number}：${file.name}`,
    PAGE.marginX,
    baselineIn(top, CAPTION, TYPE.cell),
    {
      font: flow.fonts.regular,
      size: TYPE.cell,
      color: MUTED,
    },
  );
  const boxWidth = width - 2 * PAGE.marginX;
  const boxHeight = top - CAPTION - mm(3) - PAGE.marginBottom;
  const scale = Math.min(boxWidth / file.image.width, boxHeight / file.image.height);
  const drawn = { width: file.image.width * scale, height: file.image.height * scale };
  page.drawImage(file.image, {
    x: PAGE.marginX + (boxWidth - drawn.width) / 2,
    y: PAGE.marginBottom + (boxHeight - drawn.height),
    ...drawn,
  });
}

/**
 * Appends the index and the attachments. Returns the pages this package drew (they get
 * footers); merged PDF pages are left as they are.
 */
export async function appendAttachments(
  flow: Flow,
  attachments: PdfAttachment[],
): Promise<PDFPage[]> {
  if (attachments.length === 0) return [];
  const files: Loaded[] = [];
  for (const file of attachments) files.push(await loadAttachment(flow.doc, file));

  // The page numbers in the index depend on the index's own length: lay it out until it agrees.
  const start = flow.pages.length;
  let indexPages = 1;
  for (;;) {
    const used = drawIndex(flow, files, indexPages);
    if (used === indexPages) break;
    for (const page of flow.pages.splice(start))
      flow.doc.removePage(flow.doc.getPages().indexOf(page));
    indexPages = used;
  }
  files.forEach((file, i) => {
    if (file.kind === 'PDF') {
      for (const page of file.pages) flow.doc.addPage(page);
    } else {
      addImagePage(flow, file, i + 1);
    }
  });
  // flow.pages holds only the pages drawn here, never the merged ones.
  return flow.pages.slice(start);
}
