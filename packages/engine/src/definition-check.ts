// A definition checked against its schema's data paths: each path is asked by exactly one
// question, every path is asked, and each follow-up sits right under its question. Run by the
// forms' tests; the paths come from the schema (the engine does not read zod itself).
import type { FieldDefinition, FormDefinition } from './form-definition.ts';

export interface DefinitionProblem {
  kind: 'shared-path' | 'unasked-path' | 'unknown-path' | 'misplaced-follow-up';
  /** The data path concerned, rows and section items as '0' ('posts.0.contribution'). */
  path: string;
  message: string;
}

interface PlacedField {
  path: string;
  field: FieldDefinition<unknown>;
  step: string;
}

/**
 * What is wrong with `definition`'s questions, given every leaf path of its schema (array
 * elements as '0', e.g. 'posts.0.salary'); [] when nothing is.
 */
export function checkDefinition<Data>(
  definition: FormDefinition<Data>,
  schemaPaths: readonly string[],
): DefinitionProblem[] {
  const placed = definition.steps.flatMap((step) =>
    placeFields(step.fields as FieldDefinition<unknown>[], '', step.id),
  );
  const leaves = new Set(schemaPaths);
  return [
    ...misplacedFollowUps(definition),
    ...sharedPaths(placed),
    ...unknownPaths(placed, schemaPaths, leaves),
    ...unaskedPaths(placed, schemaPaths),
  ];
}

function placeFields(
  fields: readonly FieldDefinition<unknown>[],
  prefix: string,
  step: string,
): PlacedField[] {
  return fields.flatMap((field) => {
    const path = prefix + field.path;
    const own = { path, field, step };
    if (field.control !== 'rows' && field.control !== 'sections') return [own];
    return [own, ...placeFields(field.fields ?? [], `${path}.0.`, step)];
  });
}

const asksData = (field: FieldDefinition<unknown>) =>
  field.control !== 'info' && field.control !== 'rows' && field.control !== 'sections';

function sharedPaths(placed: readonly PlacedField[]): DefinitionProblem[] {
  const byPath = new Map<string, PlacedField[]>();
  for (const entry of placed) byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), entry]);
  return [...byPath.entries()]
    .filter(([, entries]) => entries.length > 1)
    .map(([path, entries]) => ({
      kind: 'shared-path',
      path,
      message: `「${path}」を${entries.length}つの欄が扱っています（${entries
        .map((entry) => `${entry.step}「${entry.field.label}」`)
        .join('・')}）。1つのデータは1つの質問で尋ねます。`,
    }));
}

/** Whole-value controls answer a structure: files fill rows of metadata, a checkbox group an array. */
function covers(entry: PlacedField, leaf: string): boolean {
  const { control } = entry.field;
  if (control === 'attachment') return leaf.startsWith(`${entry.path}.0.`);
  if (control === 'checkbox') return leaf === `${entry.path}.0`;
  return leaf === entry.path;
}

function unknownPaths(
  placed: readonly PlacedField[],
  schemaPaths: readonly string[],
  leaves: ReadonlySet<string>,
): DefinitionProblem[] {
  return placed.flatMap((entry): DefinitionProblem[] => {
    const { control, label } = entry.field;
    if (control === 'info') {
      if (!leaves.has(entry.path)) return [];
      return [
        {
          kind: 'unknown-path',
          path: entry.path,
          message: `表示だけの欄「${label}」が、答えを保存する「${entry.path}」に置かれています。`,
        },
      ];
    }
    const known =
      control === 'rows' || control === 'sections'
        ? schemaPaths.some((leaf) => leaf.startsWith(`${entry.path}.0.`))
        : schemaPaths.some((leaf) => covers(entry, leaf));
    if (known) return [];
    return [
      {
        kind: 'unknown-path',
        path: entry.path,
        message: `質問「${label}」の「${entry.path}」は schema にありません。`,
      },
    ];
  });
}

function unaskedPaths(
  placed: readonly PlacedField[],
  schemaPaths: readonly string[],
): DefinitionProblem[] {
  const questions = placed.filter((entry) => asksData(entry.field));
  return schemaPaths
    .filter((leaf) => !questions.some((entry) => covers(entry, leaf)))
    .map((leaf) => ({
      kind: 'unasked-path',
      path: leaf,
      message: `schema の「${leaf}」を尋ねる質問がありません。`,
    }));
}

/** A follow-up must come in the block right after its question: its follow-ups and theirs. */
function misplacedFollowUps<Data>(definition: FormDefinition<Data>): DefinitionProblem[] {
  const lists: FieldDefinition<unknown>[][] = [];
  const gather = (fields: readonly FieldDefinition<unknown>[]) => {
    lists.push([...fields]);
    for (const field of fields) if (field.fields) gather(field.fields);
  };
  for (const step of definition.steps) gather(step.fields as FieldDefinition<unknown>[]);
  return lists.flatMap((fields) =>
    fields.flatMap((field, index): DefinitionProblem[] => {
      const question = field.revealedBy?.question;
      if (question === undefined || followsItsQuestion(fields, index, question)) return [];
      return [
        {
          kind: 'misplaced-follow-up',
          path: field.path,
          message: `「${field.label}」は「${question}」の答えで現れる質問ですが、その質問のすぐ後にありません。`,
        },
      ];
    }),
  );
}

function followsItsQuestion(
  fields: readonly FieldDefinition<unknown>[],
  index: number,
  question: string,
): boolean {
  const start = fields.findIndex((field) => field.path === question);
  if (start < 0 || start > index) return false;
  const block = new Set([question]);
  for (const field of fields.slice(start + 1, index)) {
    const parent = field.revealedBy?.question;
    if (parent === undefined || !block.has(parent)) return false;
    block.add(field.path);
  }
  return true;
}
