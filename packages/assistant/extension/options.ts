// Options: which portal origins get the assistant. Stored in chrome.storage.sync.
import { originsKey, parseOrigins } from './portal-origins.ts';

const form = document.getElementById('options') as HTMLFormElement;
const field = document.getElementById('origins') as HTMLTextAreaElement;
const error = document.getElementById('origins-error') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

async function load() {
  const stored = await chrome.storage.sync.get(originsKey);
  const origins = Array.isArray(stored[originsKey]) ? (stored[originsKey] as string[]) : [];
  field.value = origins.join('\n');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { origins, invalid } = parseOrigins(field.value);
  if (invalid.length > 0) {
    error.textContent = `エラー：次の行はアドレスとして読めません。https:// から書いてください：${invalid.join('、')}`;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
    return;
  }
  error.textContent = '';
  field.removeAttribute('aria-invalid');
  await chrome.storage.sync.set({ [originsKey]: origins });
  status.textContent = `保存しました（${origins.length}件）。`;
});

void load();
