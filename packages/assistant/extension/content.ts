// Runs on every http(s) page but acts only on the portal origins set in the options page.
// It adds a launcher and a side panel whose content is the extension's own page (panel.html),
// so the assistant's drafts live in the extension's IndexedDB, not the portal's.

import { launcherCss } from './launcher-css.ts';
import { isPortalOrigin, originsKey } from './portal-origins.ts';

async function start() {
  const stored = await chrome.storage.sync.get(originsKey);
  const origins = Array.isArray(stored[originsKey]) ? (stored[originsKey] as string[]) : [];
  if (!isPortalOrigin(location.origin, origins)) return;
  mountPanel();
}

function mountPanel() {
  const host = document.createElement('koiki-extension-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(launcherCss);
  shadow.adoptedStyleSheets = [sheet];

  const launcher = document.createElement('button');
  launcher.className = 'launcher';
  launcher.textContent = '申請アシスタントを開く';
  const frame = document.createElement('iframe');
  frame.className = 'panel';
  frame.title = '特別交付税 申請アシスタント';
  frame.hidden = true;

  const setOpen = (open: boolean) => {
    frame.hidden = !open;
    launcher.hidden = open;
    if (open && !frame.src) frame.src = chrome.runtime.getURL('panel.html');
    (open ? frame : launcher).focus();
  };
  launcher.addEventListener('click', () => setOpen(true));
  // The panel page asks to close (its close button or Esc) by message; only trust our frame.
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data === 'koiki-close-panel') setOpen(false);
  });
  shadow.append(launcher, frame);
  document.documentElement.append(host);
}

void start();
