// The errors a step shows, worded once: the same words go inline under each field and into the
// error summary, one per field, in page order. The session decides which issues exist and when
// they show; this only finds each issue's field and names the field in the message.
import type {
  FieldControl,
  FieldDefinition,
  FormSession,
  Issue,
  PlacedQuestion,
  SectionPlace,
} from '@koiki/engine';
import type { ErrorSummaryItem } from '@koiki/kit';
import { formatMessage } from '@koiki/schemas';
import { fieldPath } from './field-paths.ts';
import { unreadableReason } from './unreadable-reason.ts';

/** A field on the page: its concrete path, label, and the row it sits in (「経費 2行目 」). */
interface PlacedField {
  path: string;
  label: string;
  rowPrefix: string;
  control: FieldControl;
}

/** Names the item a question sits in: 「連携協約 2 」 (nested items too). */
function sectionPrefix(place: SectionPlace | undefined): string {
  if (!place) return '';
  return `${sectionPrefix(place.parent)}${place.label} ${place.index + 1} `;
}

/**
 * Every field of `fields` (a step's expanded list: items' questions already follow their
 * 'sections' field) in page order, rows expanded (a row's fields follow its table).
 */
function placedFields(
  session: FormSession<unknown>,
  fields: readonly (FieldDefinition<unknown> | PlacedQuestion<unknown>)[],
  base = '',
  outerPrefix = '',
): PlacedField[] {
  return fields.flatMap((field) => {
    const path = fieldPath(base, field.path);
    const rowPrefix = outerPrefix || sectionPrefix((field as PlacedQuestion<unknown>).section);
    const placed = { path, label: field.label, rowPrefix, control: field.control };
    if (field.control !== 'rows') return [placed];
    const rows = session.get(path);
    const inner = (Array.isArray(rows) ? rows : []).flatMap((_, index) =>
      placedFields(
        session,
        field.fields ?? [],
        `${path}.${index}`,
        `${rowPrefix}${field.label} ${index + 1}行目 `,
      ),
    );
    return [placed, ...inner];
  });
}

/** The field an issue belongs to: the one at its path, else the nearest one above it. */
function fieldOf(path: string, byPath: Map<string, PlacedField>): PlacedField | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const field = byPath.get(p);
    if (field) return field;
  }
  return undefined;
}

const choiceControls: ReadonlySet<FieldControl> = new Set([
  'radio',
  'checkbox',
  'select',
  'boolean',
  'fiscal-year',
  'dantai',
  'attachment',
]);

/** The generic 「入力してください。」 / 「選んでください。」 say which field and how to answer it. */
const genericMessages = new Set([formatMessage('common.required'), formatMessage('common.choose')]);

/** The message as the user reads it, naming its field: 「経費 2行目 金額を入力してください。」 */
function errorText(issue: Issue, field: PlacedField, raw: string | undefined): string {
  const { label, rowPrefix, control } = field;
  if (genericMessages.has(issue.message)) {
    return `${rowPrefix}${label}を${choiceControls.has(control) ? '選んで' : '入力して'}ください。`;
  }
  const reason =
    issue.code === 'unreadable' && raw !== undefined
      ? (unreadableReason(control, raw) ?? issue.message)
      : issue.message;
  return reason.includes(label) ? `${rowPrefix}${reason}` : `${rowPrefix}${label}：${reason}`;
}

/**
 * The errors the user sees now on the current step: for each field with a shown issue, its first
 * issue's words, in page order. `path` is the field to focus (a row's cell, a date, a table).
 */
export function shownErrors(session: FormSession<unknown>): ErrorSummaryItem[] {
  const issues = Object.values(session.shownIssuesByPath()).flat();
  // Nothing to show (the usual case while typing): no need to place every cell of a long table.
  if (issues.length === 0) return [];
  const fields = placedFields(session, session.visibleFields());
  const byPath = new Map(fields.map((field) => [field.path, field]));
  const first = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOf(issue.path, byPath);
    if (!field || first.has(field.path)) continue;
    first.set(field.path, errorText(issue, field, session.raw[issue.path]));
  }
  return fields.flatMap(({ path }) => {
    const message = first.get(path);
    return message === undefined ? [] : [{ path, message }];
  });
}
