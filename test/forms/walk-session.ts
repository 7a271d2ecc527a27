// Goes through a form as a user pressing 「次へ」 would.
import { createSession, type DraftData, type FormDefinition } from '@koiki/engine';

/** Presses 「次へ」 until the last step or a refusal; returns the steps reached and the last result. */
export function walk<Data, Amounts>(
  definition: FormDefinition<Data, Amounts>,
  data: DraftData<Data>,
) {
  const session = createSession(definition, { data });
  const reached = [session.step.id];
  for (;;) {
    const result = session.next();
    if (!result.ok || session.step.id === reached.at(-1)) return { session, reached, result };
    reached.push(session.step.id);
  }
}
