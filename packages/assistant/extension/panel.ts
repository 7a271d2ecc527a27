// The extension's side panel page: the assistant itself, in the extension's own origin.
import '../src/koiki-assistant.ts';

const close = () => window.parent.postMessage('koiki-close-panel', '*');
document.getElementById('close')?.addEventListener('click', close);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});
