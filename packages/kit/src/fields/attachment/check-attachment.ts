import {
  type FileKind,
  fileKindName,
  kindFromBytes,
  kindFromMime,
  SIGNATURE_LENGTH,
} from './file-kind.ts';
import { formatFileSize } from './file-size.ts';
import { countPdfPages } from './pdf-page-count.ts';

/** A file the user attached, kept whole as a Blob so it can go into the draft and the PDF. */
export interface Attachment {
  readonly name: string;
  readonly kind: FileKind;
  readonly size: number;
  readonly file: Blob;
  /** Pages of a PDF; null when the count could not be read; undefined for images. */
  readonly pages?: number | null;
}

export type AttachmentCheck =
  | { readonly ok: true; readonly attachment: Attachment }
  | { readonly ok: false; readonly message: string };

const accepted = 'PDF、JPEG、PNG';

/** The messages the checks give; each says what to do. */
export const attachmentMessages = {
  tooLarge: (size: string, limit: string) =>
    `ファイルが大きすぎます（${size}）。${limit} 以下にしてください。`,
  wrongType: (name: string) =>
    `「${name}」は添付できません。${accepted} のファイルを選んでください。`,
  contentMismatch: (name: string, kind: string) =>
    `「${name}」は${kind}として開けません。ファイルが壊れていないか確かめ、${accepted} のファイルを選んでください。`,
  empty: (name: string) => `「${name}」は空のファイルです。中身のあるファイルを選んでください。`,
} as const;

/** Checks one file: size, claimed type and real content must agree; counts a PDF's pages. */
export async function checkAttachment(file: File, maxBytes: number): Promise<AttachmentCheck> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: attachmentMessages.tooLarge(formatFileSize(file.size), formatFileSize(maxBytes)),
    };
  }
  if (file.size === 0) return { ok: false, message: attachmentMessages.empty(file.name) };
  const claimed = kindFromMime(file.type);
  if (!claimed) return { ok: false, message: attachmentMessages.wrongType(file.name) };
  const head = new Uint8Array(await file.slice(0, SIGNATURE_LENGTH).arrayBuffer());
  if (kindFromBytes(head) !== claimed) {
    return {
      ok: false,
      message: attachmentMessages.contentMismatch(file.name, fileKindName[claimed]),
    };
  }
  const attachment: Attachment = { name: file.name, kind: claimed, size: file.size, file };
  if (claimed !== 'pdf') return { ok: true, attachment };
  const pages = await countPdfPages(new Uint8Array(await file.arrayBuffer()));
  return { ok: true, attachment: { ...attachment, pages } };
}
