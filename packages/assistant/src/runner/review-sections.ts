// The review page's content: every shown answer of every step, rows listed line by line.
import type { FieldDefinition, FormSession, PlacedQuestion, SectionPlace } from '@koiki/engine';
import type { ReviewItem, ReviewSection } from '@koiki/kit';
import { controlKinds, type Dantai } from '@koiki/schemas';
import { fieldPath } from './field-paths.ts';
import { itemHeading } from './field-view.ts';

export function reviewSections(
  session: FormSession<unknown>,
  dantaiList: readonly Dantai[] | undefined,
): ReviewSection[] {
  return session
    .visibleSteps()
    .filter((step) => (step.kind ?? 'form') === 'form' && step.fields.length > 0)
    .map((step) => ({
      stepId: step.id,
      title: step.title,
      items: reviewItems(session, session.visibleFields(step.id), '', dantaiList),
    }));
}

/** The heading an item's answers are listed under (nested items: outer / inner). */
function groupOf(
  session: FormSession<unknown>,
  fields: readonly PlacedQuestion<unknown>[],
  place: SectionPlace | undefined,
): string | undefined {
  if (!place) return undefined;
  const sections = fields.find((field) => field.path === place.path);
  const heading = sections
    ? itemHeading(sections, session.get(`${place.path}.${place.index}`), place.index)
    : `${place.label} ${place.index + 1}`;
  const outer = groupOf(session, fields, place.parent);
  return outer ? `${outer} ／ ${heading}` : heading;
}

/** A step's answers; those inside an item of a 'sections' field are listed under its heading. */
function reviewItems(
  session: FormSession<unknown>,
  fields: readonly PlacedQuestion<unknown>[],
  base: string,
  dantaiList: readonly Dantai[] | undefined,
): ReviewItem[] {
  return fields.flatMap((field) => {
    const items = answerItems(session, [field], base, dantaiList);
    const group = groupOf(session, fields, field.section);
    return group ? items.map((item) => ({ ...item, group })) : items;
  });
}

function answerItems(
  session: FormSession<unknown>,
  fields: readonly PlacedQuestion<unknown>[],
  base: string,
  dantaiList: readonly Dantai[] | undefined,
): ReviewItem[] {
  const scope = base ? session.get(base) : session.data;
  return fields.flatMap((field): ReviewItem[] => {
    const path = fieldPath(base, field.path);
    if (!session.isVisible(path)) return [];
    if (field.control === 'rows') return rowItems(session, field, path, dantaiList);
    if (field.control === 'sections') {
      // Each item's answers follow under its heading; an empty group still reads 未入力.
      const items = session.get(path);
      return Array.isArray(items) && items.length > 0
        ? []
        : [{ path, label: field.label, value: '' }];
    }
    const raw = session.raw[path];
    // The words come from the control registry's DOM-free half (schemas), which needs no DOM.
    const value = controlKinds[field.control].display(session.get(path), field, {
      dantaiList,
      scope,
      root: session.data,
    });
    const item = { path, label: field.label, value: raw ? `${raw}（読み取れません）` : value };
    // A computed answer ('info') is changed through the answers it follows from.
    return [field.control === 'info' ? { ...item, changeable: false } : item];
  });
}

function rowItems(
  session: FormSession<unknown>,
  field: FieldDefinition<unknown>,
  path: string,
  dantaiList: readonly Dantai[] | undefined,
): ReviewItem[] {
  const rows = session.get(path);
  if (!Array.isArray(rows) || rows.length === 0) return [{ path, label: field.label, value: '' }];
  return rows.map((_, index) => {
    const inner = reviewItems(session, field.fields ?? [], `${path}.${index}`, dantaiList);
    const lines = inner.map(
      (item) => `${item.label}：${[item.value].flat().join(' ') || '未入力'}`,
    );
    return { path: `${path}.${index}`, label: `${field.label} ${index + 1}行目`, value: lines };
  });
}
