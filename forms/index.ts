// The registry: one line per form. Each form's code loads only when it is opened.
import type { FormModule } from './form-module.ts';

export type { FormModule, PdfContext } from './form-module.ts';

export interface FormEntry {
  id: string;
  title: string;
  summary: string;
  load(): Promise<FormModule>;
}

export const formRegistry: readonly FormEntry[] = [
  {
    id: 'specialist-dispatch',
    title: '連携協約に基づく専門人材派遣',
    summary: '都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
    load: () =>
      import('./specialist-dispatch/index.ts').then((m) => m.specialistDispatch as FormModule),
  },
  {
    id: 'consolidation-claim',
    title: '複数団体による公共施設の集約化・複合化等',
    summary: '複数団体による公共施設の集約化等の調査検討経費・円滑化経費',
    load: () =>
      import('./consolidation-claim/index.ts').then((m) => m.consolidationClaim as FormModule),
  },
];
