/** The kinds of file an attachment may be, with the MIME type a browser reports for each. */
export type FileKind = 'pdf' | 'jpeg' | 'png';

export const fileKindMime: Record<FileKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export const fileKindName: Record<FileKind, string> = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
};

// The first bytes every file of the kind starts with (its "magic number").
const signatures: Record<FileKind, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** How many leading bytes `kindFromBytes` needs to see. */
export const SIGNATURE_LENGTH = 8;

/** The kind a file really is, from its first bytes; null for anything else. */
export function kindFromBytes(head: Uint8Array): FileKind | null {
  for (const [kind, signature] of Object.entries(signatures) as [FileKind, number[]][]) {
    if (signature.every((byte, i) => head[i] === byte)) return kind;
  }
  return null;
}

/** The kind a MIME type claims; null for a type we do not accept. */
export function kindFromMime(mime: string): FileKind | null {
  const type = mime.toLowerCase();
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'jpeg';
  for (const [kind, value] of Object.entries(fileKindMime) as [FileKind, string][]) {
    if (value === type) return kind;
  }
  return null;
}
