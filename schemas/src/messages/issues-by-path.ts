/** The part of a zod safeParse result (or anything shaped like it) that carries issues. */
export interface IssueCarrier {
  readonly success: boolean;
  readonly error?: { readonly issues: readonly IssueLike[] } | undefined;
}

export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A path as the UI and the CLI key it: ['posts', 0, 'salary'] → 'posts.0.salary'; the root is ''. */
export function dotPath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.');
}

/** Messages grouped by dot path, in the order zod reported them, without repeats. */
export function issuesByPath(result: IssueCarrier): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = dotPath(issue.path);
    const messages = byPath[key] ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byPath[key] = messages;
  }
  return byPath;
}
