import type { ConsolidationInitiative } from '../forms/consolidation-claim.ts';
import { type DraftData, rows } from './draft-data.ts';

export interface FloorAreaChange {
  /** Total 延床面積 of the 取組's 集約元 facilities, ㎡. */
  readonly before: number;
  /** 延床面積 of the 取組's 集約先 facility, ㎡. */
  readonly after: number;
  /** after − before; negative when the total decreases (the 公適債 requirement). */
  readonly change: number;
  readonly decreased: boolean;
}

// Areas are kept to 0.01 ㎡ in a safe integer of hundredths; anything larger (Infinity, 1e308 from a
// broken draft) counts as missing, so 「NaN」 or 「∞」 never reaches the note.
const largestArea = Number.MAX_SAFE_INTEGER / 100;
const area = (value: unknown) =>
  typeof value === 'number' && value >= 0 && value <= largestArea ? value : 0;
// Areas carry up to two decimals; rounding to 0.01 ㎡ keeps sums free of binary noise.
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The change in total floor area of one 取組, shown as information (公共施設等適正管理推進事業債
 * needs a decrease).
 */
export function floorAreaChange(initiative: DraftData<ConsolidationInitiative>): FloorAreaChange {
  const sources = rows(initiative.sourceFacilities);
  const before = round(sources.reduce((sum, f) => sum + area(f.floorArea), 0));
  const after = round(area(initiative.targetFacility?.floorArea));
  const change = round(after - before);
  return { before, after, change, decreased: change < 0 };
}
