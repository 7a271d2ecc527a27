// A table row (and a table) whose check is reused while its object is unchanged. A form session's data is
// immutable (an edit copies only the objects along its path), so after a keystroke in one of 200
// rows the 199 others are the very objects checked the time before: their issues and parsed copies
// are taken from that check instead of being made again, and the whole-form check stays exact
// (the form's cross-row rules still run, over the parsed rows). Only a caller that never changes
// its data in place turns this on, by passing `rowResults` to `safeParse`; every other parse (a
// server's, the CLI's) runs the row's check as zod always does.
//
// This is the one place that reaches into zod's internals: a schema's `_zod.run(payload, ctx)`,
// and the parse context, which carries what the caller passed to `safeParse`.
// test/schemas/forms/reusable-row.test.ts fails if zod changes either.
import * as z from 'zod/mini';

/** What a caller passes to `safeParse` to have unchanged rows reused: one store per session. */
export interface RowReuse {
  readonly rowResults: WeakMap<object, unknown>;
}

type Payload = z.core.ParsePayload;
type Context = z.core.ParseContextInternal & Partial<RowReuse>;

/** The outcome of one row's check, kept apart from what zod is handed (it prefixes paths in place). */
interface RowResult {
  schema: z.core.SomeType;
  value: unknown;
  issues: z.core.$ZodRawIssue[];
  aborted: boolean | undefined;
}

/** A table whose rows' checks are reused, and the whole table's while its array is unchanged. */
export function reusableTable<S extends z.core.SomeType>(row: S): z.ZodMiniArray<S> {
  return reusableRow(z.array(reusableRow(row)));
}

/** Marks `schema` (of an object: a row, or a whole table) as reusable; returns the same schema. */
export function reusableRow<S extends z.core.SomeType>(schema: S): S {
  const check = schema._zod.run;
  schema._zod.run = (payload: Payload, ctx: Context) => {
    const results = storeFor(payload, ctx);
    if (!results) return check(payload, ctx);
    const row = payload.value as object;
    const known = results.get(row) as RowResult | undefined;
    if (known?.schema === schema) return reused(payload, known);
    const result = check(payload, ctx);
    if (!(result instanceof Promise)) results.set(row, remembered(schema, result));
    return result;
  };
  return schema;
}

/** The caller's store, when this check may use it: an object row, parsed forward and whole. */
function storeFor(payload: Payload, ctx: Context): WeakMap<object, unknown> | undefined {
  const row = payload.value;
  if (row === null || typeof row !== 'object' || payload.issues.length > 0) return undefined;
  if (ctx.direction === 'backward' || ctx.skipChecks || ctx.abortEarly) return undefined;
  return ctx.rowResults instanceof WeakMap ? ctx.rowResults : undefined;
}

function remembered(schema: z.core.SomeType, result: Payload): RowResult {
  return { schema, value: result.value, issues: copies(result.issues), aborted: result.aborted };
}

function reused(payload: Payload, known: RowResult): Payload {
  payload.value = known.value;
  // Most rows have no issue: nothing is copied for them.
  if (known.issues.length > 0) payload.issues.push(...copies(known.issues));
  if (known.aborted) payload.aborted = true;
  return payload;
}

/** Zod prefixes an issue's path in place as it climbs, so each hand-out gets its own copies. */
function copies(issues: readonly z.core.$ZodRawIssue[]): z.core.$ZodRawIssue[] {
  return issues.map((issue) =>
    issue.path ? { ...issue, path: issue.path.slice() } : { ...issue },
  );
}
