// Errors a user can act on; each message is Japanese and says what to do.
import { MAX_PDF_BYTES, MEGABYTE } from './limits.ts';

/** A character the font cannot print, where it is, and a commonly used form to type instead. */
export interface MissingGlyph {
  path: string;
  char: string;
  suggestion?: string;
}

/** Thrown by buildPdf instead of printing characters as blank boxes. */
export class MissingGlyphsError extends Error {
  readonly missing: MissingGlyph[];

  constructor(missing: MissingGlyph[]) {
    const lines = missing.map(
      (m) =>
        `・${m.path}: 「${m.char}」${m.suggestion ? ` → 「${m.suggestion}」に置き換えてください` : ' を別の文字に置き換えてください'}`,
    );
    super(`PDF のフォントで印字できない文字があります。\n${lines.join('\n')}`);
    this.name = 'MissingGlyphsError';
    this.missing = missing;
  }
}

export type AttachmentProblem = 'encrypted' | 'corrupt' | 'unsupported';

const attachmentAdvice: Record<AttachmentProblem, string> = {
  encrypted:
    'パスワードで保護されているため結合できません。保護を解除した PDF を添付し直してください。',
  corrupt:
    '壊れているか読み取れない形式のため結合できません。元のファイルを開けるか確認し、保存し直して添付してください。',
  unsupported: 'PDF・JPEG・PNG 以外の形式は結合できません。PDF か画像に変換して添付してください。',
};

/** An attachment that cannot be appended, named so the user knows which file to fix. */
export class AttachmentError extends Error {
  readonly fileName: string;
  readonly problem: AttachmentProblem;

  constructor(fileName: string, problem: AttachmentProblem, options?: { cause?: unknown }) {
    super(`添付ファイル「${fileName}」は${attachmentAdvice[problem]}`, options);
    this.name = 'AttachmentError';
    this.fileName = fileName;
    this.problem = problem;
  }
}

export type PdfDataProblem = 'too-large' | 'not-pdf' | 'corrupt' | 'no-data';

const pdfDataAdvice: Record<PdfDataProblem, string> = {
  'too-large': `ファイルが大きすぎるため読み込めません（上限 ${MAX_PDF_BYTES / MEGABYTE} MB）。このツールで作成した PDF を選んでください。`,
  'not-pdf': 'このファイルは PDF ではありません。このツールで作成した PDF を選んでください。',
  corrupt:
    'この PDF は壊れているため読み取れません。元の PDF をもう一度保存し直すか、別のファイルを選んでください。',
  'no-data':
    'この PDF には入力データが含まれていません。このツールで作成した PDF（印刷・スキャンしたものではないもの）を選んでください。',
};

/** Thrown by readPdfData when a file cannot be reopened as a draft. */
export class PdfDataError extends Error {
  readonly problem: PdfDataProblem;

  constructor(problem: PdfDataProblem, options?: { cause?: unknown }) {
    super(pdfDataAdvice[problem], options);
    this.name = 'PdfDataError';
    this.problem = problem;
  }
}

/** Thrown when the font files cannot be fetched or read. */
export class FontLoadError extends Error {
  constructor(where: string, options?: { cause?: unknown }) {
    super(
      `PDF 用のフォント（${where}）を読み込めませんでした。通信状態を確かめて、もう一度お試しください。`,
      options,
    );
    this.name = 'FontLoadError';
  }
}
