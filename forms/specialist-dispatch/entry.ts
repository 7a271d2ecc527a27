// The registry entry of 連携協約に基づく専門人材派遣.
import { specialistDispatchIdentity } from '@koiki/schemas/identity/specialist-dispatch';
import type { FormEntry } from '../form-module.ts';

export const specialistDispatchEntry: FormEntry = {
  id: specialistDispatchIdentity.id,
  title: specialistDispatchIdentity.title,
  summary: '都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
  load: () => import('./index.ts').then((m) => m.specialistDispatch),
  examples: () => import('./examples/index.ts').then((m) => m.examples),
};
