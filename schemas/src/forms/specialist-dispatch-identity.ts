// 連携協約に基づく専門人材派遣: the form's id, title and data version.
import type { FormIdentity } from './form-identity.ts';

export const specialistDispatchIdentity = {
  id: 'specialist-dispatch',
  title: '連携協約に基づく専門人材派遣',
  schemaVersion: 1,
} as const satisfies FormIdentity;
