import type { AssistantTranslation } from './translation.ts';

export const en: AssistantTranslation = {
  lang: 'en',
  title: 'Special allocation tax claim assistant',
  chooseForm: 'Choose the claim to prepare.',
  openPanel: 'Open the claim assistant',
  closePanel: 'Close',
  panelLabel: 'Special allocation tax claim assistant',
  resizeHandle: 'Resize the panel',
  resizeHint: 'Use the left and right arrow keys to change the width.',
  loadingForm: 'Loading the form…',
  loadFailed: (detail) => `The form could not be loaded (${detail}). Please reload the page.`,
  backToChooser: 'Back to the list of claims',
};
