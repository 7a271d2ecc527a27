import type { RuleSource } from './sources.ts';

/** One value of a rule table with where it comes from; `note` marks a value the material leaves vague (SPEC §2.3). */
export interface RuleParameter<T> {
  readonly value: T;
  readonly source: RuleSource;
  readonly note?: string;
}
