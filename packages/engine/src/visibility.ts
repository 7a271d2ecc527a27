// Which steps and questions apply to the data as it is now. Visibility is decided per question:
// a question is shown when its own `when` holds and, for a follow-up, when its question is shown
// with an answer that reveals it. Each data path belongs to one question (`checkDefinition`), so
// a hidden question's path is hidden data: it stays in the session (the user may switch back)
// but is removed before validating, calculating and submitting.
import type { DraftData, FieldDefinition, FormOutline, StepDefinition } from './form-definition.ts';
import { getAt, isWithin, removeAt } from './path.ts';
import { answerReveals } from './reveal.ts';
import { expandFields, type PlacedQuestion } from './sections.ts';

/** The steps whose `when` holds, in order. */
export function visibleSteps<Data>(
  definition: FormOutline<Data>,
  data: DraftData<Data>,
): StepDefinition<Data>[] {
  return definition.steps.filter((step) => step.when?.(data) ?? true);
}

/**
 * The fields of `step` that are shown, follow-ups right under their question; a 'sections'
 * field is followed by its items' questions (see `expandFields`).
 */
export function visibleFields<Data>(
  step: StepDefinition<Data>,
  data: DraftData<Data>,
): PlacedQuestion<DraftData<Data>>[] {
  return shownFields(expandFields(step.fields, data), data, data);
}

/** The fields of one list (a step's, or one row's with `scope` the row) that are shown. */
export function shownFields<Scope>(
  fields: readonly FieldDefinition<Scope>[],
  scope: Scope,
  root: unknown,
): FieldDefinition<Scope>[] {
  const shownQuestions = new Set<string>();
  return fields.filter((field) => {
    const question = field.revealedBy?.question;
    // An item's question shows only while its 'sections' field (listed before it) shows.
    const owner = (field as PlacedQuestion<Scope>).section?.path;
    const shown =
      (owner === undefined || shownQuestions.has(owner)) &&
      (question === undefined ||
        (shownQuestions.has(question) &&
          answerReveals(field as FieldDefinition<unknown>, scope))) &&
      (field.when?.(scope, root) ?? true);
    if (shown) shownQuestions.add(field.path);
    return shown;
  });
}

/** Concrete paths of every hidden question (rows and sections expanded: 'posts.2.burden'). */
export function hiddenPaths<Data>(definition: FormOutline<Data>, data: DraftData<Data>): string[] {
  const hidden: string[] = [];
  for (const step of definition.steps) {
    const stepShown = step.when?.(data) ?? true;
    collect(expandFields(step.fields, data), data, data, '', stepShown, hidden);
  }
  return hidden;
}

function collect(
  // biome-ignore lint/suspicious/noExplicitAny: fields of any row type
  fields: readonly FieldDefinition<any>[],
  scope: unknown,
  root: unknown,
  prefix: string,
  parentShown: boolean,
  hidden: string[],
): void {
  const shown = new Set(parentShown ? shownFields(fields, scope, root) : []);
  for (const field of fields) {
    const path = prefix + field.path;
    if (!shown.has(field)) {
      hidden.push(path);
      continue;
    }
    if (field.control !== 'rows' || !field.fields || alwaysShown(field.fields)) continue;
    const rows = getAt(scope, field.path);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      collect(field.fields ?? [], row, root, `${path}.${index}.`, true, hidden);
    });
  }
}

const alwaysShownLists = new WeakMap<readonly FieldDefinition<unknown>[], boolean>();

/**
 * True when no field of a row can be hidden (no `when`, no follow-up, no table inside): such a
 * table's rows hide nothing, so a keystroke in a 200-row table does not walk its 200 rows.
 */
function alwaysShown(fields: readonly FieldDefinition<unknown>[]): boolean {
  let known = alwaysShownLists.get(fields);
  if (known === undefined) {
    known = fields.every(
      (field) => !field.when && !field.revealedBy && !(field.control === 'rows' && field.fields),
    );
    alwaysShownLists.set(fields, known);
  }
  return known;
}

/** `data` without the hidden paths. */
export function withoutPaths<Data>(data: Data, paths: readonly string[]): Data {
  return paths.reduce((rest, path) => removeAt(rest, path), data);
}

/** True when `path` is one of `paths` or lies inside one. */
export function isUnderAny(path: string, paths: readonly string[]): boolean {
  return paths.some((ancestor) => isWithin(path, ancestor));
}

/**
 * True when `path` or one of its ancestors is in `paths`: the same answer as `isUnderAny`, found
 * in as many look-ups as the path has parts (a table asks this for every cell it draws).
 */
export function isUnderAnyOf(path: string, paths: ReadonlySet<string>): boolean {
  if (paths.size === 0) return false;
  for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) {
    if (paths.has(path.slice(0, end))) return true;
  }
  return false;
}
