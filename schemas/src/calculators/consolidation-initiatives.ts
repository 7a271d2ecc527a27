// The 取組 (集約化等) of a consolidation claim, each with its data path and the group its lines carry.
import type { Consolidation, ConsolidationInitiative } from '../forms/consolidation-claim.ts';
import { type DraftData, rows } from './draft-data.ts';

export type DraftConsolidation = DraftData<Consolidation>;
export type DraftInitiative = DraftData<ConsolidationInitiative>;

/** One 取組 as entered, where it is ('initiatives.1') and its 0-based place. */
export interface PlacedInitiative {
  readonly initiative: DraftInitiative;
  readonly at: string;
  readonly index: number;
}

/** The 取組 entered, in order, each with its data path. */
export function initiativesOf(data: DraftConsolidation): PlacedInitiative[] {
  return rows(data.initiatives).map((initiative, index) => ({
    initiative,
    at: `initiatives.${index}`,
    index,
  }));
}

/** The name a 取組 is shown by: its name, or 「取組2」 while the name is not entered. */
export function initiativeLabel({ initiative, index }: PlacedInitiative): string {
  const name = typeof initiative.name === 'string' ? initiative.name.trim() : '';
  return name === '' ? `取組${index + 1}` : name;
}

/** The group a claim line of this 取組 belongs to (the 算定結果 and 算定調書 group by it). */
export function initiativeGroup(placed: PlacedInitiative): { path: string; label: string } {
  return { path: placed.at, label: initiativeLabel(placed) };
}
