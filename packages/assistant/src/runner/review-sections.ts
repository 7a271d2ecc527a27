// The review page's content: every shown answer of every step, rows listed line by line.
import type { FieldDefinition, FormSession } from '@koiki/engine';
import type { ReviewItem, ReviewSection } from '@koiki/kit';
import { controlKinds, type Dantai } from '@koiki/schemas';
import { fieldPath } from './field-paths.ts';

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

function reviewItems(
  session: FormSession<unknown>,
  fields: readonly FieldDefinition<unknown>[],
  base: string,
  dantaiList: readonly Dantai[] | undefined,
): ReviewItem[] {
  const scope = base ? session.get(base) : session.data;
  return fields.flatMap((field): ReviewItem[] => {
    const path = fieldPath(base, field.path);
    if (!session.isVisible(path)) return [];
    if (field.control === 'rows') return rowItems(session, field, path, dantaiList);
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
