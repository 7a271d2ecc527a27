// The registry entry of 複数団体による公共施設の集約化・複合化等.
import { consolidationIdentity } from '@koiki/schemas/identity/consolidation-claim';
import type { FormEntry } from '../form-module.ts';

export const consolidationClaimEntry: FormEntry = {
  id: consolidationIdentity.id,
  title: consolidationIdentity.title,
  summary: '複数団体による公共施設の集約化等の調査検討経費・円滑化経費',
  load: () => import('./index.ts').then((m) => m.consolidationClaim),
  examples: () => import('./examples/index.ts').then((m) => m.examples),
};
