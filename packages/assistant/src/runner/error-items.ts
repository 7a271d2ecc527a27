// The error summary's items: each issue of the step with the visible label of its field.
import type { FieldDefinition, FormSession, Issue } from '@koiki/engine';
import type { ErrorSummaryItem } from '@koiki/kit';
import { fieldPath } from './field-paths.ts';

/** Labels by concrete path, rows expanded (「派遣職員 2行目 職種」). */
export function fieldLabels(
  session: FormSession<unknown>,
  fields: readonly FieldDefinition<unknown>[],
  base = '',
  prefix = '',
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const field of fields) {
    const path = fieldPath(base, field.path);
    labels.set(path, `${prefix}${field.label}`);
    if (field.control !== 'rows') continue;
    const rows = session.get(path);
    (Array.isArray(rows) ? rows : []).forEach((_, index) => {
      const inner = fieldLabels(
        session,
        field.fields ?? [],
        `${path}.${index}`,
        `${prefix}${field.label} ${index + 1}行目 `,
      );
      for (const [key, value] of inner) labels.set(key, value);
    });
  }
  return labels;
}

/** The nearest labelled path at or above `path`. */
function labelledPath(path: string, labels: Map<string, string>): string | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    if (labels.has(p)) return p;
  }
  return undefined;
}

export function errorItems(
  session: FormSession<unknown>,
  issues: readonly Issue[],
): ErrorSummaryItem[] {
  const labels = fieldLabels(session, session.visibleFields());
  return issues.map((issue) => {
    const path = labelledPath(issue.path, labels) ?? issue.path;
    return { path, label: labels.get(path) ?? 'この申請', message: issue.message };
  });
}
