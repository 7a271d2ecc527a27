// Bringing a claim saved by an older version of its form to the current schemaVersion, for a
// portal server and the CLI: the form's migrations run one version at a time.
import type { FormContract } from '../forms/form-contract.ts';

export type MigratedClaim =
  | { ok: true; data: unknown; from: number; to: number }
  | { ok: false; message: string };

/**
 * `data` of the form `contract`, brought to its current version (or why it cannot be). The version
 * is `statedVersion` (a payload's schemaVersion) or, when none is stated, told by the data's shape.
 */
export function migrateClaim(
  contract: Pick<FormContract, 'schemaVersion' | 'migrate' | 'versionOfData'>,
  data: unknown,
  statedVersion?: unknown,
): MigratedClaim {
  const current = contract.schemaVersion;
  const schemaVersion = statedVersion === undefined ? contract.versionOfData(data) : statedVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return {
      ok: false,
      message: `schemaVersion は 1 以上の整数で指定してください（この版は ${current}）。`,
    };
  }
  if (schemaVersion > current) {
    return {
      ok: false,
      message: `schemaVersion ${schemaVersion} のデータは、この版（${current}）より新しい版で作られたため読み込めません。新しい版で開いてください。`,
    };
  }
  let migrated = data;
  for (let version = schemaVersion; version < current; version++) {
    const step = contract.migrate[version];
    if (!step) {
      return {
        ok: false,
        message: `schemaVersion ${version} のデータを移行する手順がありません（この版は ${current}）。`,
      };
    }
    migrated = step(migrated);
  }
  return { ok: true, data: migrated, from: schemaVersion, to: current };
}
