// The files `koiki rollup` reads: each file named, and the .pdf / .json files inside each folder
// named (its subfolders too), in name order. A file is read only when its size allows.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isRefusedFile, type ReceivedClaim, type RefusedFile, readClaimFile } from '@koiki/rollup';

const megabyte = 1024 * 1024;
/** Larger files are refused unread (our PDFs are ~100 kB; a draft file with attachments a few MB). */
const MAX_FILE_BYTES = 100 * megabyte;
const claimExtensions = new Set(['.pdf', '.json']);

export type FileList = { ok: true; paths: string[] } | { ok: false; message: string };

async function folderFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && claimExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every file to read, or a message naming a path that does not exist. */
export async function listClaimFiles(args: readonly string[]): Promise<FileList> {
  const paths: string[] = [];
  for (const arg of args) {
    try {
      const info = await stat(arg);
      paths.push(...(info.isDirectory() ? await folderFiles(arg) : [arg]));
    } catch {
      return {
        ok: false,
        message: `「${arg}」が見つからないか、読めません。ファイルかフォルダーのパスを確認してください。`,
      };
    }
  }
  return { ok: true, paths: [...new Set(paths)] };
}

export interface ReadFiles {
  claims: ReceivedClaim[];
  refused: RefusedFile[];
}

/** Each file read into a claim or refused with its reason; the path is the claim's id. */
export async function readClaimFiles(paths: readonly string[]): Promise<ReadFiles> {
  const read: ReadFiles = { claims: [], refused: [] };
  for (const path of paths) {
    let result: ReceivedClaim | RefusedFile;
    try {
      const info = await stat(path);
      result =
        info.size > MAX_FILE_BYTES
          ? {
              fileName: path,
              message: `ファイルが大きすぎます（上限 ${MAX_FILE_BYTES / megabyte} MB）。申請の PDF か JSON を指定してください。`,
            }
          : await readClaimFile(path, new Uint8Array(await readFile(path)), {
              id: path,
              lastModified: info.mtimeMs,
            });
    } catch {
      result = {
        fileName: path,
        message: 'ファイルを読めません。読み取り権限を確認してください。',
      };
    }
    if (isRefusedFile(result)) read.refused.push(result);
    else read.claims.push(result);
  }
  return read;
}
