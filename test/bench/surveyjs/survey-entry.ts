/// <reference types="vite/client" />
// The SurveyJS peer, bundled by Vite like our assistant: survey-core + survey-js-ui render the
// form; survey-pdf (with jsPDF) loads only when a PDF is asked for, with the same font as ours.
import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Renders the survey on `pageName`; resolves once `rows` table rows (or any input) are in the DOM. */
export async function renderAt(
  host: HTMLElement,
  json: object,
  data: object,
  pageName: string,
  rows: number,
): Promise<void> {
  const model = new Model(json);
  model.data = data;
  const page = model.getPageByName(pageName);
  if (page) model.currentPage = page;
  const container = document.createElement('div');
  host.append(container);
  renderSurvey(model, container);
  const ready = () =>
    rows > 0
      ? container.querySelectorAll('tr.sd-table__row').length >= rows
      : container.querySelector('.sd-navigation__next-btn, input[type=button]') !== null;
  while (!ready()) await tick();
}

const fontName = 'BIZUDPGothic';
let fontsLoaded: Promise<void> | undefined;

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const blob = await response.blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Builds the PDF; the first call loads survey-pdf and fetches the fonts (as ours does). */
export async function makePdf(json: object, data: object, fontsBase: string): Promise<number> {
  const { SurveyPDF, DocController } = await import('survey-pdf');
  fontsLoaded ??= Promise.all([
    base64Of(`${fontsBase}BIZUDPGothic-Regular.ttf`),
    base64Of(`${fontsBase}BIZUDPGothic-Bold.ttf`),
  ]).then(([regular, bold]) => {
    DocController.addFont(fontName, regular, 'normal');
    DocController.addFont(fontName, bold, 'bold');
  });
  await fontsLoaded;
  const pdf = new SurveyPDF(json, { fontName, fontSize: 10, format: 'a4' });
  pdf.data = data;
  const blob = await pdf.raw('blob');
  return blob.size;
}
