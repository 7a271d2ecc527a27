// Issues keyed by path: what the schema says about the data, plus unreadable raw inputs.
import type { RowReuse } from '@koiki/schemas';
import type { FormSchema } from './form-definition.ts';
import { messages } from './messages.ts';
import { isWithin, joinPath } from './path.ts';

export interface Issue {
  /** Dotted path of the value concerned; '' for the form as a whole. */
  path: string;
  message: string;
  /** zod's issue code, or 'unreadable' for a raw value that could not be parsed. */
  code: string;
}

/** Raw text the user typed that could not be parsed, by path. */
export type RawValues = Readonly<Record<string, string>>;

/**
 * Runs the schema over `data` and returns its issues with dotted paths; with `reuse`, rows seen
 * before are not checked again (the caller never changes its data in place).
 */
export function schemaIssues(
  schema: FormSchema<unknown>,
  data: unknown,
  reuse?: RowReuse,
): Issue[] {
  const result = schema.safeParse(data, reuse);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: joinPath(issue.path),
    message: issue.message,
    code: issue.code ?? 'custom',
  }));
}

/** One 'unreadable' issue per raw value; the schema's issues at the same path are dropped. */
export function withRawIssues(issues: readonly Issue[], raw: RawValues): Issue[] {
  const rawPaths = Object.keys(raw);
  const unreadable = rawPaths.map((path) => ({
    path,
    message: messages.unreadable,
    code: 'unreadable',
  }));
  return [...unreadable, ...issues.filter((issue) => !rawPaths.includes(issue.path))];
}

/** The issues that concern one of `paths` or a value inside it. */
export function issuesWithin(issues: readonly Issue[], paths: readonly string[]): Issue[] {
  return issues.filter((issue) => paths.some((path) => isWithin(issue.path, path)));
}

/** Issues grouped by path, in their original order. */
export function groupByPath(issues: readonly Issue[]): Record<string, Issue[]> {
  const grouped: Record<string, Issue[]> = {};
  for (const issue of issues) {
    if (!Object.hasOwn(grouped, issue.path)) grouped[issue.path] = [];
    grouped[issue.path]?.push(issue);
  }
  return grouped;
}
