// POSTs the submit payload to the portal's `submit-url`: JSON, the PDF as base64.
import type { SubmitDetail } from './runner/koiki-form-runner.ts';

export async function postSubmission(
  url: string,
  detail: SubmitDetail,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const pdf = await blobToBase64(detail.pdf);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        formId: detail.formId,
        schemaVersion: detail.schemaVersion,
        data: detail.data,
        amounts: detail.amounts,
        pdf,
      }),
    });
    if (!response.ok)
      return {
        ok: false,
        message: `送信できませんでした（サーバーの応答 ${response.status}）。時間をおいてもう一度「提出する」を押してください。`,
      };
    return { ok: true };
  } catch {
    return {
      ok: false,
      message:
        '送信できませんでした。ネットワークの状態を確かめて、もう一度「提出する」を押してください。',
    };
  }
}

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
