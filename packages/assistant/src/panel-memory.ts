// Remembers whether the side panel was open, per origin. Storage may be blocked (private
// windows, strict policies): then the panel simply starts closed.
const key = 'koiki-assistant:panel-open';

export function rememberedPanelOpen(): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function rememberPanelOpen(open: boolean): void {
  try {
    localStorage.setItem(key, open ? '1' : '0');
  } catch {
    // nothing to remember with; the panel still works
  }
}
