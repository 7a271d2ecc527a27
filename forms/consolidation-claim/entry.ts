// The registry entry of 複数団体による公共施設の集約化・複合化等.
import type { FormEntry } from '../form-module.ts';

export const consolidationClaimEntry: FormEntry = {
  // Written out, not imported from consolidationIdentity: a module shared by the chooser and the form's
  // lazy code becomes a chunk of its own (+0.3 KB gzip on first load). The conformance suite
  // checks that both say the same.
  id: 'consolidation-claim',
  title: '複数団体による公共施設の集約化・複合化等',
  summary: '複数団体による公共施設の集約化等の調査検討経費・円滑化経費',
  load: () => import('./index.ts').then((m) => m.consolidationClaim),
  loadOutline: () => import('./outline.ts').then((m) => m.consolidationClaimOutlineModule),
  pdfLayout: () =>
    import('./pdf-document.ts').then((m) => ({ pdfDocument: m.consolidationClaimPdf })),
  // Through the form's whole module, not the schema package's door: a door imported lazily
  // here would pull the outline's answer lists into one chunk with zod and the schema.
  contract: () => import('./index.ts').then((m) => m.consolidationContract),
  examples: () => import('./examples/index.ts').then((m) => m.examples),
};
