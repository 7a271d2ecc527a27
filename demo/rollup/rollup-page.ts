// The demo's 「県の取りまとめ」 page: <koiki-rollup> preloaded with the sample submissions of
// make-samples.ts on a first visit, and a read-only assistant that shows a claim opened from it.
import '@koiki/assistant/koiki-assistant.js';
import '@koiki/rollup/koiki-rollup.js';
import type { KoikiAssistant } from '@koiki/assistant';
import type { KoikiRollup, OpenClaimDetail } from '@koiki/rollup/koiki-rollup.js';
import samples from './samples/index.json' with { type: 'json' };

const rollup = document.getElementById('rollup') as KoikiRollup;
const viewer = document.getElementById('viewer') as KoikiAssistant;
const viewerSection = document.getElementById('viewer-section') as HTMLElement;
/** Set once the samples were loaded, so a set the user cleared stays clear on the next visit. */
const seededKey = 'koiki-demo-rollup-seeded';

async function sampleFiles(): Promise<File[]> {
  return Promise.all(
    samples.map(async ({ file, lastModified }) => {
      const response = await fetch(new URL(`./samples/${file}`, import.meta.url));
      return new File([await response.blob()], file, { lastModified });
    }),
  );
}

rollup.addEventListener('koiki-rollup-open', (event) => {
  const { formId, schemaVersion, data, fileName } = (event as CustomEvent<OpenClaimDetail>).detail;
  viewerSection.hidden = false;
  viewerSection.scrollIntoView();
  void viewer.view(formId, schemaVersion, data, fileName);
});

document.getElementById('load-samples')?.addEventListener('click', async () => {
  await rollup.addFiles(await sampleFiles());
});

await rollup.settled;
if (rollup.claims.length === 0 && !localStorage.getItem(seededKey)) {
  localStorage.setItem(seededKey, 'yes');
  await rollup.addFiles(await sampleFiles());
}
