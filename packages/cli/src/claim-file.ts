// Reading a claim file: bare form data, or the submit payload { formId, schemaVersion, data }.
// Data of an older schemaVersion (named in the payload, or told by the shape of bare data) is
// migrated to the current one; a newer version is refused.
import { readFile, stat } from 'node:fs/promises';
import { type FormContract, migrateClaim } from '@koiki/schemas';

export type ClaimFileResult =
  | {
      ok: true;
      data: unknown;
      /** Set when the file held an older version: the note a command prints on stderr. */
      migrationNote?: string;
    }
  | { ok: false; message: string };

const megabyte = 1024 * 1024;
/** Larger claim files are refused unread. */
export const maxClaimFileBytes = 10 * megabyte;

/** A value from the file as it may be shown in a message: short, and never its own toString(). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 64 ? `${value.slice(0, 64)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return '文字列でも数でもない値';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `path` as JSON and returns the form data in it, checking a payload's formId and schemaVersion. */
export async function readClaimFile(
  path: string | undefined,
  contract: FormContract,
): Promise<ClaimFileResult> {
  const formId = contract.id;
  if (path === undefined) return { ok: false, message: 'JSON ファイルを指定してください。' };
  let text: string;
  try {
    // A claim's data is a few kB; a huge file is refused before it is read or parsed.
    if ((await stat(path)).size > maxClaimFileBytes) {
      return {
        ok: false,
        message: `ファイル「${path}」は大きすぎます（上限 ${maxClaimFileBytes / megabyte} MB）。様式のデータ（JSON）だけのファイルを指定してください。`,
      };
    }
    text = await readFile(path, 'utf8');
  } catch {
    return {
      ok: false,
      message: `ファイル「${path}」を読めません。パスと読み取り権限を確認してください。`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: `ファイル「${path}」は JSON として読めません。JSON の書式を確認してください。`,
    };
  }
  if (!isRecord(json) || !('formId' in json)) return migrated(contract, undefined, json);
  if (json.formId !== formId) {
    return {
      ok: false,
      message: `ファイルの様式（formId: ${shown(json.formId)}）が、指定した様式「${formId}」と違います。`,
    };
  }
  const version = json.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version))) {
    return {
      ok: false,
      message: `ファイルの schemaVersion ${shown(version)} は扱えません（この版は ${contract.schemaVersion}）。`,
    };
  }
  return migrated(contract, version, json.data);
}

/** `data` brought to the form's current version; without a stated version, its shape tells it. */
function migrated(
  contract: FormContract,
  stated: number | undefined,
  data: unknown,
): ClaimFileResult {
  const result = migrateClaim(contract, data, stated);
  if (!result.ok) return { ok: false, message: `ファイルを読み込めません：${result.message}` };
  if (result.from === result.to) return { ok: true, data: result.data };
  return {
    ok: true,
    data: result.data,
    migrationNote: `schemaVersion ${result.from} のデータを ${result.to} に移行して読み込みました。`,
  };
}
