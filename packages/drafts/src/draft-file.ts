// One draft as one portable file, to move work between PCs or keep it when the browser
// cannot store it. Reading a file trusts nothing in it: size, nesting, shape, form,
// version and every attachment are checked before anything reaches the store.
import { base64ToBytes, blobToBase64 } from './base64.ts';
import type { DraftAttachment, DraftRecord } from './draft-record.ts';
import type { DraftStore } from './draft-store.ts';
import { fileMessages } from './file-messages.ts';
import { jsonShape, parseWithoutUnsafeKeys } from './json-shape.ts';
import { messages as storeMessages } from './messages.ts';
import { type KnownForms, migrateDraft } from './migrate-draft.ts';
import { pdfProblem } from './pdf-sanity.ts';

export const draftFileFormat = 'koiki-draft';
export const draftFileVersion = 1;
/** Many drafts in one file (「すべて書き出す」): each entry is a whole draft file. */
export const draftBundleFormat = 'koiki-drafts';

/** The file's JSON: the record without its Blobs, and the attachments as base64. */
export interface DraftFile {
  format: typeof draftFileFormat;
  version: typeof draftFileVersion;
  draft: Omit<DraftRecord, 'attachments'>;
  attachments: DraftFileAttachment[];
}

export interface DraftFileAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
  base64: string;
}

/** File types an attachment may have, with the bytes each must start with. */
const allowedTypes: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

/** Writes `draft` as a JSON file with its attachments inside. */
export async function exportDraft(draft: DraftRecord): Promise<Blob> {
  return new Blob([JSON.stringify(await draftFile(draft))], { type: 'application/json' });
}

/** Writes every draft given into one file, to move a whole browser's drafts to another PC. */
export async function exportDrafts(drafts: readonly DraftRecord[]): Promise<Blob> {
  const files = await Promise.all(drafts.map(draftFile));
  const bundle = { format: draftBundleFormat, version: draftFileVersion, drafts: files };
  return new Blob([JSON.stringify(bundle)], { type: 'application/json' });
}

async function draftFile(draft: DraftRecord): Promise<DraftFile> {
  const { attachments, ...record } = draft;
  return {
    format: draftFileFormat,
    version: draftFileVersion,
    draft: record,
    attachments: await Promise.all(
      attachments.map(async ({ blob, ...meta }) => ({ ...meta, base64: await blobToBase64(blob) })),
    ),
  };
}

/** A file name for the exported draft, from its title. */
export function draftFileName(draft: DraftRecord): string {
  const safe = draft.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || '下書き';
  return `${safe}.koiki-draft.json`;
}

export interface ReadDraftOptions {
  /** The forms this page can open, with their current schemaVersion and migrations. */
  forms: KnownForms;
  /** Larger files are refused before reading; 30 MB by default. */
  maxBytes?: number;
  /** Deeper JSON nesting is refused before parsing; 64 by default. */
  maxDepth?: number;
  /** A further check of the migrated data; returns a Japanese message to refuse it. */
  check?: (data: unknown, formId: string) => string | undefined;
}

export type ReadDraftResult = { ok: true; draft: DraftRecord } | { ok: false; message: string };

/** What importing a file did: the drafts saved, and a message for the user. */
export type ImportResult =
  | { ok: true; drafts: DraftRecord[]; message: string }
  | { ok: false; message: string };

const megabyte = 1024 * 1024;

/** Checks and migrates a draft file into a new, unsaved draft (new id, rev 0). */
export async function readDraftFile(
  file: Blob,
  options: ReadDraftOptions,
): Promise<ReadDraftResult> {
  const parsed = await parseFile(file, options);
  if (!parsed.ok) return parsed;
  return readParsed(parsed.value, options);
}

async function parseFile(
  file: Blob,
  options: ReadDraftOptions,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const maxBytes = options.maxBytes ?? 30 * megabyte;
  if (file.size > maxBytes)
    return refuse(fileMessages.fileTooLarge(Math.round(maxBytes / megabyte)));
  const text = await file.text();
  const shape = jsonShape(text);
  if (shape.depth > (options.maxDepth ?? 64)) return refuse(fileMessages.fileTooDeep);
  try {
    return { ok: true, value: parseWithoutUnsafeKeys(text) };
  } catch {
    return refuse(shape.unfinished ? fileMessages.fileTruncated : fileMessages.fileNotJson);
  }
}

function readParsed(parsed: unknown, options: ReadDraftOptions): ReadDraftResult {
  const structure = checkStructure(parsed);
  if (typeof structure === 'string') return refuse(structure);
  const { draft, attachments } = structure;
  const form = Object.hasOwn(options.forms, draft.formId) ? options.forms[draft.formId] : undefined;
  // The id is shown to the user: a hostile file must not fill the screen with it.
  if (!form) return refuse(storeMessages.unknownForm(draft.formId.slice(0, 64)));
  const migrated = migrateDraft({ ...draft, attachments: [] }, form);
  if (!migrated.ok) return migrated;
  const decoded: DraftAttachment[] = [];
  for (const attachment of attachments) {
    const result = decodeAttachment(attachment);
    if (typeof result === 'string') return refuse(result);
    decoded.push(result);
  }
  const refusal = options.check?.(migrated.draft.data, draft.formId);
  if (refusal) return refuse(refusal);
  return { ok: true, draft: { ...migrated.draft, attachments: decoded } };
}

/**
 * Reads a draft file or a file of many drafts (「すべて書き出す」) and saves each as a new
 * draft; a draft that cannot be read is skipped and counted, the others are kept.
 */
export async function importDraftFiles(
  file: Blob,
  store: DraftStore,
  options: ReadDraftOptions,
): Promise<ImportResult> {
  const parsed = await parseFile(file, options);
  if (!parsed.ok) return parsed;
  const bundle = parsed.value;
  if (!isObject(bundle) || bundle.format !== draftBundleFormat) {
    const one = await saveRead(readParsed(bundle, options), store);
    return one.ok
      ? { ok: true, drafts: [one.draft], message: fileMessages.bundleResult(1, 0) }
      : one;
  }
  if (!Array.isArray(bundle.drafts) || bundle.drafts.length === 0) {
    return refuse(fileMessages.bundleEmpty);
  }
  const drafts: DraftRecord[] = [];
  let refused = 0;
  for (const entry of bundle.drafts) {
    const one = await saveRead(readParsed(entry, options), store);
    if (one.ok) drafts.push(one.draft);
    else refused += 1;
  }
  if (drafts.length === 0) return refuse(fileMessages.bundleResult(0, refused));
  return { ok: true, drafts, message: fileMessages.bundleResult(drafts.length, refused) };
}

async function saveRead(read: ReadDraftResult, store: DraftStore): Promise<ReadDraftResult> {
  if (!read.ok) return read;
  try {
    return { ok: true, draft: await store.save(read.draft) };
  } catch {
    return refuse(fileMessages.importNotSaved);
  }
}

/** Reads a draft file and saves it as a new draft; never overwrites an existing one. */
export async function importDraftFile(
  file: Blob,
  store: DraftStore,
  options: ReadDraftOptions,
): Promise<ReadDraftResult> {
  return saveRead(await readDraftFile(file, options), store);
}

function refuse(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

interface CheckedFile {
  draft: Omit<DraftRecord, 'attachments'>;
  attachments: DraftFileAttachment[];
}

/** The file's content as a new record and its attachments, or what is wrong with it. */
function checkStructure(value: unknown): CheckedFile | string {
  if (!isObject(value) || value.format !== draftFileFormat)
    return fileMessages.fileNotDraft('format');
  if (typeof value.version === 'number' && value.version > draftFileVersion) {
    return fileMessages.fileNewerFormat;
  }
  if (value.version !== draftFileVersion) return fileMessages.fileNotDraft('version');
  const draft = value.draft;
  if (!isObject(draft)) return fileMessages.fileNotDraft('draft');
  const { formId, schemaVersion, data, raw = {}, step = '', title = '', reached } = draft;
  if (typeof formId !== 'string' || formId === '') return fileMessages.fileNotDraft('formId');
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
    return fileMessages.fileNotDraft('schemaVersion');
  }
  if (!isObject(data)) return fileMessages.fileNotDraft('data');
  if (!isObject(raw) || !Object.values(raw).every((v) => typeof v === 'string')) {
    return fileMessages.fileNotDraft('raw');
  }
  if (typeof step !== 'string' || typeof title !== 'string')
    return fileMessages.fileNotDraft('step');
  const attachments = value.attachments ?? [];
  if (!Array.isArray(attachments) || !attachments.every(isFileAttachment)) {
    return fileMessages.fileNotDraft('attachments');
  }
  return {
    draft: {
      id: crypto.randomUUID(),
      formId,
      schemaVersion: schemaVersion as number,
      rev: 0,
      data,
      raw: raw as Record<string, string>,
      step,
      title: title.slice(0, 200),
      updatedAt: '',
      ...(typeof reached === 'string' ? { reached: reached.slice(0, 200) } : {}),
    },
    attachments,
  };
}

function isFileAttachment(value: unknown): value is DraftFileAttachment {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    typeof value.type === 'string' &&
    Number.isInteger(value.size) &&
    (value.size as number) >= 0 &&
    typeof value.base64 === 'string' &&
    (value.id === undefined || typeof value.id === 'string')
  );
}

function decodeAttachment(file: DraftFileAttachment): DraftAttachment | string {
  const name = file.name.slice(0, 200);
  const magic = Object.hasOwn(allowedTypes, file.type) ? allowedTypes[file.type] : undefined;
  if (!magic) return fileMessages.attachmentType(name, file.type.slice(0, 100));
  const bytes = base64ToBytes(file.base64);
  if (!bytes || bytes.length !== file.size) return fileMessages.attachmentBroken(name);
  if (!magic.every((byte, i) => bytes[i] === byte)) return fileMessages.attachmentMismatch(name);
  if (file.type === 'application/pdf') {
    const problem = pdfProblem(bytes);
    if (problem === 'truncated') return fileMessages.attachmentBroken(name);
    if (problem) return fileMessages.attachmentUnsafePdf(name);
  }
  return {
    id: file.id || crypto.randomUUID(),
    name,
    type: file.type,
    size: file.size,
    blob: new Blob([bytes], { type: file.type }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
