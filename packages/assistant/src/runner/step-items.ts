// The step list's items: done, current, upcoming (visited or not) and skipped steps.
import type { FormSession } from '@koiki/engine';
import type { StepItem } from '@koiki/kit';

export function stepItems(session: FormSession<unknown>): StepItem[] {
  const visible = new Set(session.visibleSteps().map((step) => step.id));
  const order = session.definition.steps.map((step) => step.id);
  const current = order.indexOf(session.step.id);
  return session.definition.steps.map((step, index) => ({
    id: step.id,
    title: step.title,
    state: !visible.has(step.id)
      ? 'skipped'
      : index === current
        ? 'current'
        : index < current
          ? 'done'
          : 'upcoming',
    visited: session.canGoTo(step.id),
  }));
}
