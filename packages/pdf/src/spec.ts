// The document a form asks for, as plain data: the builder knows no form, field or label.

/** One label–value line of a section or of the applicant block. */
export interface LabelValueRow {
  label: string;
  value: string;
  /** Where the value came from in the form's data (shown when a character cannot be printed). */
  path?: string;
}

/** One line of an amounts block: the amount in 円, printed right-aligned with separators. */
export interface AmountRow {
  label: string;
  amount: number;
  /** Printed after the amount; 「円」 when left out. */
  unit?: string;
  /** Bold with a rule above, for totals. */
  total?: boolean;
  path?: string;
}

export type ColumnAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Relative width: columns share the text width in proportion to it. */
  width: number;
  /** Numbers default to right, text to left. */
  align?: ColumnAlign;
}

/** A cell is text, or an amount printed with separators. */
export type TableCell = string | number;

export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  path?: string;
}

export interface SectionBlock {
  kind: 'section';
  title?: string;
  rows: LabelValueRow[];
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
  | PageBreakBlock;

/** A file appended after the form: a PDF (pages merged) or a JPEG/PNG image (one page each). */
export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
}

export interface PdfDocumentSpec {
  /** The form's title, printed at the top and stored as the PDF title. */
  title: string;
  formId: string;
  schemaVersion: string | number;
  /** 提出日 as it should be printed (the caller formats the era). */
  submitDate?: string;
  /** 宛先, printed on the left under the title. */
  addressee?: string;
  /** The applicant block printed on the right under the title. */
  applicant?: LabelValueRow[];
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
