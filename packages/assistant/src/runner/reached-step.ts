// Which steps a reopened draft may go to: every step up to the furthest one reached, even when
// the draft was left on an earlier step (e.g. after 「変更」 from the review page).
import type { DraftRecord } from '@koiki/drafts';
import {
  createSession,
  type FormDefinition,
  type FormOutline,
  type FormSession,
} from '@koiki/engine';

/** The furthest shown step the user has reached in `session`. */
export function reachedStep<Amounts>(session: FormSession<unknown, Amounts>): string {
  const reached = session.visibleSteps().filter((step) => session.canGoTo(step.id));
  return reached.at(-1)?.id ?? session.step.id;
}

/** A session on `draft`, at its step, with every step up to `draft.reached` reachable. */
export function sessionFromDraft<Amounts>(
  definition: FormDefinition<unknown, Amounts> | FormOutline<unknown>,
  draft: DraftRecord,
): FormSession<unknown, Amounts> {
  const { data, raw, step, reached } = draft;
  const shown = (id: string | undefined) =>
    createSession(definition, { data, raw })
      .visibleSteps()
      .findIndex((s) => s.id === id);
  const furthest = reached && shown(reached) > shown(step) ? reached : step;
  const session = createSession(definition, { data, raw, step: furthest });
  if (furthest !== step) session.goTo(step);
  return session;
}
