// 複数団体による公共施設の集約化・複合化等: the form's id, title and data version.
import type { FormIdentity } from './form-identity.ts';

export const consolidationIdentity = {
  id: 'consolidation-claim',
  title: '複数団体による公共施設の集約化・複合化等',
  schemaVersion: 1,
} as const satisfies FormIdentity;
