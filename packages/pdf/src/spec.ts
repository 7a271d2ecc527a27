// The document a form asks for, as plain data: the builder knows no form, field or label.

/** One label–value line of a section, a list or a corner box. */
export interface LabelValueRow {
  label: string;
  value: string;
  /** Where the value came from in the form's data (shown when a character cannot be printed). */
  path?: string;
}

/** One printed line and the data path it comes from (named when a character cannot be printed). */
export interface TextLine {
  text: string;
  path?: string;
}

/**
 * One line of an amounts block: the amount as the form writes it (「6,000,000円」, 「6,001千円」),
 * printed right-aligned. The form formats it, so this package needs no rule about 円.
 */
export interface AmountRow {
  label: string;
  amount: string;
  /** Bold with a rule above, for totals. */
  total?: boolean;
  path?: string;
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Relative width: columns share the text width in proportion to it. */
  width: number;
  /** Defaults to left; a column of amounts says 'right'. */
  align?: ColumnAlign;
  /**
   * Lines of this column's cells never break (only their own newlines do): the column widens
   * to its longest line and the others share what is left. For fixed labels and dates.
   * Right-aligned columns (amounts) behave so without asking.
   */
  nowrap?: boolean;
}

/** A cell is text; an amount comes already written (「1,234,000」). */
export type TableCell = string;

export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  path?: string;
  /** Left when left out; 「記」 is centred and 「以上」 right-aligned in a Japanese letter. */
  align?: ColumnAlign;
}

/** Numbered items of a letter (記書き): label and value side by side, without rules. */
export interface ListBlock {
  kind: 'list';
  rows: LabelValueRow[];
}

/**
 * A ruled box of label–value rows at the bottom right of the current page (the 担当者 block of
 * a letter); on a new page when the current one has no room left for it.
 */
export interface CornerBoxBlock {
  kind: 'cornerBox';
  rows: LabelValueRow[];
}

export interface SectionBlock {
  kind: 'section';
  title?: string;
  rows: LabelValueRow[];
  /** A line under the rows (e.g. the 出典), kept on the page of the last row. */
  note?: string;
}

export interface AmountsBlock {
  kind: 'amounts';
  title?: string;
  rows: AmountRow[];
}

export interface TableBlock {
  kind: 'table';
  title?: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Data path of each row (same order as rows), for glyph errors. */
  rowPaths?: string[];
}

/** A box of fixed height whose text shrinks until it fits (it grows only if it cannot). */
export interface BoxBlock {
  kind: 'box';
  label?: string;
  text: string;
  heightMm: number;
  path?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | SectionBlock
  | AmountsBlock
  | TableBlock
  | BoxBlock
  | ListBlock
  | CornerBoxBlock
  | PageBreakBlock;

/** A file appended after the form: a PDF (pages merged) or a JPEG/PNG image (one page each). */
export interface PdfAttachment {
  name: string;
  /** What the file is (e.g. its checklist item), listed with its name in the 添付書類一覧. */
  label?: string;
  bytes: Uint8Array;
}

export interface PdfDocumentSpec {
  /** The subject (件名) centred on page 1 under the head, and the PDF's title. */
  title: string;
  /** The form's name in the reader's words, printed in every page's footer (the title if left out). */
  formName?: string;
  formId: string;
  schemaVersion: string | number;
  /** Lines at the top right of page 1, as printed (e.g. 文書番号 and date). */
  reference?: TextLine[];
  /** 宛先, printed on the left under the reference lines. */
  addressee?: string;
  /** The issuer, printed right-aligned under the 宛先 (e.g. title and name, then a seal note). */
  sender?: TextLine[];
  blocks: Block[];
  /** The form's data, embedded as a JSON attachment so the PDF can be reopened. */
  data: unknown;
  meta: {
    /** 団体名. */
    author: string;
    subject?: string;
    keywords?: string[];
  };
  attachments?: PdfAttachment[];
}

/** TrueType bytes of the font; without a bold weight, bold is drawn from the regular one. */
export interface PdfFonts {
  regular: Uint8Array;
  bold?: Uint8Array;
}

export interface BuildPdfOptions {
  /** Printed in the footer and stored as the creation date; pass it for reproducible output. */
  generatedAt?: Date;
}

export interface BuiltPdf {
  bytes: Uint8Array;
  /** Pages of the form itself (attachments not counted). */
  formPages: number;
  /** All pages, including the attachment index and attachments. */
  totalPages: number;
  /** First 8 hex characters of the SHA-256 of the data's JSON, as printed in the footer. */
  dataHash: string;
  /** Japanese notes about things the reader should check (a box that had to grow). */
  warnings: string[];
}

/** What `readPdfData` finds in a PDF made by `buildPdf`. */
export interface EmbeddedPdfData {
  formId: string;
  schemaVersion: string | number;
  data: unknown;
}
