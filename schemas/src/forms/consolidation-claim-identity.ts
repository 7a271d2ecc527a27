// 複数団体による公共施設の集約化・複合化等: the form's id, title and data version.
import type { FormIdentity } from './form-identity.ts';

export const consolidationIdentity = {
  id: 'consolidation-claim',
  title: '複数団体による公共施設の集約化・複合化等',
  /**
   * 2: 集約化等完了年度 is derived (from 供用開始日 or 機能統合の決定日), no longer asked.
   * 3: one claim per 団体 and fiscal year, holding every 集約化等 it takes part in (issue 15).
   */
  schemaVersion: 3,
} as const satisfies FormIdentity;
