// Which steps and fields apply to the data as it is now. Hidden data stays in the session
// (the user may switch back) but is removed before validating, calculating and submitting.
import type {
  DraftData,
  FieldDefinition,
  FormDefinition,
  StepDefinition,
} from './form-definition.ts';
import { getAt, isWithin, removeAt } from './path.ts';

/** The steps whose `when` holds, in order. */
export function visibleSteps<Data>(
  definition: FormDefinition<Data>,
  data: DraftData<Data>,
): StepDefinition<Data>[] {
  return definition.steps.filter((step) => step.when?.(data) ?? true);
}

/** The fields of `step` whose `when` holds. */
export function visibleFields<Data>(
  step: StepDefinition<Data>,
  data: DraftData<Data>,
): FieldDefinition<DraftData<Data>>[] {
  return step.fields.filter((field) => field.when?.(data, data) ?? true);
}

/** Concrete paths of every hidden field (rows expanded: 'posts.2.burden'), minus any path shown elsewhere. */
export function hiddenPaths<Data>(
  definition: FormDefinition<Data>,
  data: DraftData<Data>,
): string[] {
  const hidden: string[] = [];
  const shown = new Set<string>();
  for (const step of definition.steps) {
    const stepShown = step.when?.(data) ?? true;
    collect(step.fields, data, data, '', stepShown, hidden, shown);
  }
  return hidden.filter((path) => !shown.has(path));
}

function collect(
  // biome-ignore lint/suspicious/noExplicitAny: fields of any row type
  fields: FieldDefinition<any>[],
  scope: unknown,
  root: unknown,
  prefix: string,
  parentShown: boolean,
  hidden: string[],
  shown: Set<string>,
): void {
  for (const field of fields) {
    const path = prefix + field.path;
    const isShown = parentShown && (field.when?.(scope, root) ?? true);
    if (!isShown) {
      hidden.push(path);
      continue;
    }
    shown.add(path);
    if (field.control !== 'rows' || !field.fields) continue;
    const rows = getAt(scope, field.path);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      collect(field.fields ?? [], row, root, `${path}.${index}.`, true, hidden, shown);
    });
  }
}

/** `data` without the hidden paths. */
export function withoutPaths<Data>(data: Data, paths: readonly string[]): Data {
  return paths.reduce((rest, path) => removeAt(rest, path), data);
}

/** True when `path` is one of `paths` or lies inside one. */
export function isUnderAny(path: string, paths: readonly string[]): boolean {
  return paths.some((ancestor) => isWithin(path, ancestor));
}
