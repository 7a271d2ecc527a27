// 連携協約に基づく専門人材派遣: the form's id, title and data version.
import type { FormIdentity } from './form-identity.ts';

export const specialistDispatchIdentity = {
  id: 'specialist-dispatch',
  title: '連携協約に基づく専門人材派遣',
  /** 2: one claim per 団体 and fiscal year, holding all its 連携協約 and posts (issue 15). */
  schemaVersion: 2,
} as const satisfies FormIdentity;
