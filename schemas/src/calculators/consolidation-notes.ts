// Information shown beside the consolidation amounts, 取組 by 取組: a 一部事務組合・広域連合 counted
// as a party, and the change in 延床面積 (which 公共施設等適正管理推進事業債 looks at).
import { formatConsolidationMessage } from '../messages/consolidation-claim-messages.ts';
import type { ClaimNote } from './claim-result.ts';
import { initiativeLabel, type PlacedInitiative } from './consolidation-initiatives.ts';
import { isRecord, rows } from './draft-data.ts';
import { floorAreaChange } from './floor-area.ts';

const area = (value: number) => value.toLocaleString('ja-JP');

/** The notes of one 取組. */
export function initiativeNotes(placed: PlacedInitiative): ClaimNote[] {
  const { initiative, at } = placed;
  const name = initiativeLabel(placed);
  const notes: ClaimNote[] = [];
  if (rows(initiative.otherParties).some((party) => party.kind === '一部事務組合・広域連合')) {
    notes.push({
      path: `${at}.otherParties`,
      message: formatConsolidationMessage('consolidation.noteJointBody', { initiative: name }),
    });
  }
  const targetKnown = initiative.targetDecided === true && isRecord(initiative.targetFacility);
  if (rows(initiative.sourceFacilities).length > 0 && targetKnown) {
    const change = floorAreaChange(initiative);
    notes.push({
      path: `${at}.targetFacility.floorArea`,
      message: formatConsolidationMessage('consolidation.noteFloorArea', {
        initiative: name,
        before: area(change.before),
        after: area(change.after),
        change: (change.change > 0 ? '+' : '') + area(change.change),
      }),
    });
  }
  return notes;
}
