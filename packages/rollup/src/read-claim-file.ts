// Reading one received file into a claim: our PDF (the data it embeds), a submit payload
// { formId, schemaVersion, data, amounts }, or a draft file { format: 'koiki-draft', draft }.
// Nothing in the file is trusted: size, encoding, nesting, shape, form and version are checked,
// and every failure becomes a Japanese reason instead of an exception.
import { PdfDataError, readPdfDataAndDate } from '@koiki/pdf';
import { type CatalogForm, formCatalog, formTitles } from './form-catalog.ts';
import type { ReadClaimFileOptions } from './index.ts';
import { pdfDataShortcut } from './pdf-data-shortcut.ts';
import type { ClaimSource, ReceivedClaim, RefusedFile } from './received-claim.ts';
import { refusalMessages, shownValue } from './refusal-messages.ts';
import { jsonNesting, MAX_JSON_DEPTH, parseJsonSafely } from './safe-json.ts';

const megabyte = 1024 * 1024;
/** A claim's JSON is a few kB (a draft file with attachments a few MB); larger files are refused unread. */
export const MAX_JSON_BYTES = 30 * megabyte;
/** Our PDFs are ~100 kB: these are parsed without yielding (see readPdfDataAndDate). */
const SMALL_PDF_BYTES = 2 * megabyte;

// The draft file's format names (@koiki/drafts, draft-file.ts); read here without its IndexedDB code.
const DRAFT_FILE_FORMAT = 'koiki-draft';
const DRAFT_BUNDLE_FORMAT = 'koiki-drafts';

/** What a file says about its claim, before the form and version are checked. */
interface Envelope {
  source: ClaimSource;
  formId: unknown;
  schemaVersion: unknown;
  data: unknown;
  statedAmounts?: unknown;
  madeAt?: string;
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string };
const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (PDF 1.7, 7.5.2 note).
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46)
      return head[i + 4] === 0x2d; // %PDF-
  }
  return false;
}

async function pdfEnvelope(bytes: Uint8Array): Promise<Read<Envelope>> {
  const quick = await pdfDataShortcut(bytes);
  if (quick)
    return {
      ok: true,
      value: {
        source: 'pdf',
        formId: quick.formId,
        schemaVersion: quick.schemaVersion,
        data: quick.data,
        ...(quick.createdAt ? { madeAt: quick.createdAt } : {}),
      },
    };
  try {
    const { embedded, createdAt } = await readPdfDataAndDate(bytes, {
      inOneGo: bytes.length <= SMALL_PDF_BYTES,
    });
    return {
      ok: true,
      value: {
        source: 'pdf',
        formId: embedded.formId,
        schemaVersion: Number(embedded.schemaVersion),
        data: embedded.data,
        ...(createdAt ? { madeAt: createdAt.toISOString() } : {}),
      },
    };
  } catch (error) {
    return refuse(
      error instanceof PdfDataError
        ? error.message
        : 'この PDF は読み取れません。元の PDF をもう一度保存し直して送ってもらってください。',
    );
  }
}

function parseJson(bytes: Uint8Array): Read<unknown> {
  if (bytes.length > MAX_JSON_BYTES)
    return refuse(refusalMessages.tooLarge(MAX_JSON_BYTES / megabyte));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refuse(refusalMessages.notText);
  }
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return refuse(refusalMessages.notText);
  const nesting = jsonNesting(text);
  if (nesting.depth > MAX_JSON_DEPTH) return refuse(refusalMessages.tooDeep(MAX_JSON_DEPTH));
  try {
    return { ok: true, value: parseJsonSafely(text) };
  } catch {
    return refuse(nesting.unfinished ? refusalMessages.truncated : refusalMessages.notJson);
  }
}

const isoDate = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? new Date(value).toISOString()
    : undefined;

function jsonEnvelope(json: unknown): Read<Envelope> {
  if (!isRecord(json)) return refuse(refusalMessages.notObject);
  if (json.format === DRAFT_BUNDLE_FORMAT) return refuse(refusalMessages.draftBundle);
  if (json.format === DRAFT_FILE_FORMAT) {
    const draft = json.draft;
    if (!isRecord(draft)) return refuse(refusalMessages.noData);
    const madeAt = isoDate(draft.updatedAt);
    return {
      ok: true,
      value: {
        source: 'draft',
        formId: draft.formId,
        schemaVersion: draft.schemaVersion,
        data: draft.data,
        ...(madeAt ? { madeAt } : {}),
      },
    };
  }
  if (!('formId' in json)) return refuse(refusalMessages.noFormId);
  return {
    ok: true,
    value: {
      source: 'payload',
      formId: json.formId,
      schemaVersion: json.schemaVersion,
      data: json.data,
      ...('amounts' in json ? { statedAmounts: json.amounts } : {}),
    },
  };
}

/**
 * Rows in one list of a claim, at most. A 団体's claim holds tens of posts or 取組; a file with
 * thousands is not a claim, and would only make the checks (and a calculator) crawl.
 */
export const MAX_LIST_ROWS = 1000;

/** The length of the longest array anywhere in `value` (its nesting is already bounded). */
function longestList(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce((most: number, item) => Math.max(most, longestList(item)), value.length);
  if (typeof value !== 'object' || value === null) return 0;
  let most = 0;
  for (const item of Object.values(value)) most = Math.max(most, longestList(item));
  return most;
}

/** The registry form and version the envelope names, or why they cannot be used. */
function checkFormAndVersion(
  envelope: Envelope,
  forms: ReadonlyMap<string, CatalogForm>,
): Read<{ form: CatalogForm; version: number }> {
  if (envelope.formId === undefined || envelope.formId === null)
    return refuse(refusalMessages.noFormId);
  const formId = String(envelope.formId);
  const form = typeof envelope.formId === 'string' ? forms.get(formId) : undefined;
  if (!form)
    return refuse(refusalMessages.unknownForm(shownValue(envelope.formId), formTitles(forms)));
  if (envelope.data === undefined || envelope.data === null) return refuse(refusalMessages.noData);
  // A payload without schemaVersion is read as the CLI reads it: its data's shape tells the version.
  const version = envelope.schemaVersion ?? form.contract.versionOfData(envelope.data);
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return refuse(refusalMessages.badVersion(shownValue(version)));
  const current = form.contract.schemaVersion;
  if (version > current)
    return refuse(refusalMessages.newerVersion(version, current, form.entry.title));
  if (longestList(envelope.data) > MAX_LIST_ROWS)
    return refuse(refusalMessages.tooManyRows(MAX_LIST_ROWS));
  return { ok: true, value: { form, version } };
}

/** See readClaimFile in index.ts. */
export async function readClaimFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadClaimFileOptions,
): Promise<ReceivedClaim | RefusedFile> {
  const refused = (message: string): RefusedFile => ({ fileName, message });
  try {
    if (bytes.length === 0) return refused(refusalMessages.empty);
    let envelope: Read<Envelope>;
    if (looksLikePdf(bytes)) envelope = await pdfEnvelope(bytes);
    else {
      const json = parseJson(bytes);
      envelope = json.ok ? jsonEnvelope(json.value) : json;
    }
    if (!envelope.ok) return refused(envelope.message);
    const checked = checkFormAndVersion(envelope.value, await formCatalog());
    if (!checked.ok) return refused(checked.message);
    const { source, data, statedAmounts, madeAt } = envelope.value;
    const lastModified =
      options.lastModified !== undefined && Number.isFinite(options.lastModified)
        ? new Date(options.lastModified).toISOString()
        : undefined;
    const when = madeAt ?? lastModified;
    return {
      id: options.id ?? fileName,
      fileName,
      source,
      formId: checked.value.form.contract.id,
      schemaVersion: checked.value.version,
      data,
      ...(statedAmounts === undefined ? {} : { statedAmounts }),
      ...(when ? { madeAt: when } : {}),
    };
  } catch {
    // Nothing above should throw; a file that still manages to is refused, never passed on.
    return refused(refusalMessages.notText);
  }
}
