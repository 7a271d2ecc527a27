// The registry entry of 連携協約に基づく専門人材派遣.
import type { FormEntry } from '../form-module.ts';

export const specialistDispatchEntry: FormEntry = {
  // Written out, not imported from specialistDispatchIdentity: a module shared by the chooser and the form's
  // lazy code becomes a chunk of its own (+0.3 KB gzip on first load). The conformance suite
  // checks that both say the same.
  id: 'specialist-dispatch',
  title: '連携協約に基づく専門人材派遣',
  summary: '都道府県が連携協約により市町村へ派遣する専門人材の募集経費・人件費・負担金',
  load: () => import('./index.ts').then((m) => m.specialistDispatch),
  loadOutline: () => import('./outline.ts').then((m) => m.specialistDispatchOutlineModule),
  pdfLayout: () =>
    import('./pdf-document.ts').then((m) => ({ pdfDocument: m.specialistDispatchPdf })),
  // Through the form's whole module, not the schema package's door: a door imported lazily
  // here would pull the outline's answer lists into one chunk with zod and the schema.
  contract: () => import('./index.ts').then((m) => m.specialistDispatchContract),
  examples: () => import('./examples/index.ts').then((m) => m.examples),
};
