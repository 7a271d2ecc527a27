// A 'sections' field expanded for the data as it is now: each item's questions get concrete
// paths ('agreements.1.name') and functions rebound from the item to the whole data, so every
// walker over a step's fields (visibility, issues, error order, review) treats them like the
// step's own questions. Expansion is recursive: an item may hold another 'sections' field.
// An item's questions show only while their 'sections' field shows (see `shownFields`).
import type { FieldDefinition } from './form-definition.ts';
import { getAt } from './path.ts';

/** Which item of which 'sections' field a question sits in. */
export interface SectionPlace {
  /** The array's path, e.g. 'agreements' (or 'a.0.b' when nested). */
  path: string;
  index: number;
  /** The 'sections' field's label, e.g. 「連携協約」. */
  label: string;
  /** The item this 'sections' field itself sits in, when nested. */
  parent?: SectionPlace;
}

/** A question of a step after expansion; `section` is set inside an item. */
export type PlacedQuestion<Scope> = FieldDefinition<Scope> & { section?: SectionPlace };

/** The path of one item: 'agreements.1'. */
export const itemPath = (place: SectionPlace): string => `${place.path}.${place.index}`;

/** The last expansion of each field list, with the item counts it was made for. */
const expansions = new WeakMap<
  readonly FieldDefinition<unknown>[],
  { counts: string; fields: readonly PlacedQuestion<unknown>[] }
>();

/**
 * `fields` (a step's, whose functions see `root`) with every 'sections' field followed by the
 * questions of each of its items, in page order. The expansion depends only on how many items
 * each 'sections' field holds, so it is made again only when those counts change (every
 * keystroke asks for it several times).
 */
export function expandFields<Scope>(
  fields: readonly FieldDefinition<Scope>[],
  root: Scope,
): readonly PlacedQuestion<Scope>[] {
  if (!fields.some((field) => field.control === 'sections')) return fields;
  const counts = itemCounts(fields, root, '');
  const cached = expansions.get(fields);
  if (cached?.counts === counts) return cached.fields as readonly PlacedQuestion<Scope>[];
  const expanded = expand(fields, root);
  expansions.set(fields, { counts, fields: expanded });
  return expanded;
}

/** The item count of each 'sections' field in `fields`, nested ones too: '2(1,0)'. */
function itemCounts<Scope>(
  fields: readonly FieldDefinition<Scope>[],
  root: Scope,
  base: string,
): string {
  let counts = '';
  for (const field of fields) {
    if (field.control !== 'sections') continue;
    const path = `${base}${field.path}`;
    const items = getAt(root, path);
    const count = Array.isArray(items) ? items.length : 0;
    const inner = Array.from({ length: count }, (_, index) =>
      itemCounts(field.fields ?? [], root, `${path}.${index}.`),
    );
    counts += `${count}(${inner.join(',')})`;
  }
  return counts;
}

function expand<Scope>(
  fields: readonly FieldDefinition<Scope>[],
  root: Scope,
  owner?: SectionPlace,
): PlacedQuestion<Scope>[] {
  return fields.flatMap((field): PlacedQuestion<Scope>[] => {
    const own: PlacedQuestion<Scope> = owner ? { ...field, section: owner } : field;
    if (field.control !== 'sections') return [own];
    const items = getAt(root, field.path);
    const count = Array.isArray(items) ? items.length : 0;
    const inner = Array.from({ length: count }, (_, index) => {
      const place: SectionPlace = { path: field.path, index, label: field.label };
      if (owner) place.parent = owner;
      const questions = (field.fields ?? []).map((question) => inItem<Scope>(question, place));
      return expand(questions, root, place);
    });
    return [own, ...inner.flat()];
  });
}

/** One question of an item, its path made concrete and its functions given the item. */
function inItem<Scope>(question: FieldDefinition<unknown>, place: SectionPlace) {
  const base = itemPath(place);
  const item = (scope: Scope) => getAt(scope, base);
  const { required, display, optionsFrom, revealedBy } = question;
  const placed: FieldDefinition<Scope> = {
    ...question,
    path: `${base}.${question.path}`,
  };
  if (question.when) placed.when = (scope, root) => question.when?.(item(scope), root) ?? true;
  if (typeof required === 'function')
    placed.required = (scope, root) => required(item(scope), root);
  if (display) placed.display = (scope, root) => display(item(scope), root);
  if (optionsFrom) placed.optionsFrom = (scope, root) => optionsFrom(item(scope), root);
  if (revealedBy) placed.revealedBy = { ...revealedBy, question: `${base}.${revealedBy.question}` };
  return placed;
}
