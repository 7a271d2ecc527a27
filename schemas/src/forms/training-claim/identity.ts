// 新たな政策課題に関する人材育成の研修: the form's id, title and data version.
import type { FormIdentity } from '../form-identity.ts';

export const trainingClaimIdentity = {
  id: 'training-claim',
  title: '新たな政策課題に関する人材育成の研修',
  schemaVersion: 1,
} as const satisfies FormIdentity;
