// The demo portal: embeds the assistant, copies submitted data into the portal's own legacy form
// through the host-form bridge, and shows the payload it received.
import '@koiki/assistant/koiki-assistant.js';
import { fillHostForm, readHostForm } from '@koiki/assistant/host-form-bridge';

const fieldMap = {
  'data.applicant.dantaiCode': '#dantai-code',
  'data.contact.department': '#department',
  'data.contact.name': '#contact-name',
  'data.contact.phone': '#phone',
  'data.contact.email': '#email',
  'amounts.totals.yen': '#claim-total',
};

const assistant = document.getElementById('assistant') as HTMLElement & {
  prefill(data: unknown): void;
};
const legacy = document.getElementById('legacy-form') as HTMLFormElement;

assistant.addEventListener('koiki-submit', (event) => {
  const detail = (event as CustomEvent<{ pdf: Blob } & Record<string, unknown>>).detail;
  const report = fillHostForm(detail, fieldMap, legacy);
  (document.getElementById('legacy-status') as HTMLElement).textContent =
    `アシスタントから ${report.filled.length} 項目を写しました。`;
  const { pdf, ...rest } = detail;
  (document.getElementById('payload') as HTMLElement).textContent =
    `${JSON.stringify(rest, null, 2)}\n\nPDF: ${pdf.size.toLocaleString('ja-JP')} バイト`;
});

// Whatever the portal already knows (e.g. a logged-in user's department) goes into new drafts.
const known = readHostForm(fieldMap, legacy) as { data?: unknown };
if (known.data) assistant.prefill(known.data);
