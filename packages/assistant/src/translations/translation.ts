/** Every string of the assistant's own chrome; each language file must satisfy this. */
export interface AssistantTranslation {
  lang: string;
  title: string;
  chooseForm: string;
  openPanel: string;
  closePanel: string;
  panelLabel: string;
  resizeHandle: string;
  resizeHint: string;
  loadingForm: string;
  loadFailed: (detail: string) => string;
  backToChooser: string;
}
