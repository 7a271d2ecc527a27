// What a form's migrations are: `migrate[n]` turns the data of schemaVersion n into data of n + 1.
// Each step is pure and total: data it does not recognise (not an object, or already of the newer
// shape) comes back unchanged, and a value with no new place is never dropped.

export type MigrationStep = (old: unknown) => unknown;

/** A form's steps, keyed by the version each one starts from. */
export type Migrations = Readonly<Record<number, MigrationStep>>;

/** True for a value the user entered: anything but undefined, null, '' and empty containers. */
export function hasAnyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(hasAnyValue);
  if (typeof value === 'object') return Object.values(value).some(hasAnyValue);
  return true;
}

/** `record` without its undefined members (a key the old data did not have stays absent). */
export function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
