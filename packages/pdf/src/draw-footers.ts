// Footers go on last, once the number of pages is known.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { drawText, drawTextRight, type FlowFonts, MUTED } from './flow.ts';
import { PAGE, TYPE } from './page-geometry.ts';

export interface FooterFacts {
  /** 様式名 as the reader knows it. */
  formName: string;
  generatedAt: Date;
  dataHash: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 「2026年4月1日 9:30（日本時間）」: Japan time without locale data, the same in every runtime. */
export function formatJst(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  const day = `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日`;
  return `${day} ${jst.getUTCHours()}:${pad(jst.getUTCMinutes())}（日本時間）`;
}

/** The footer's words: 様式名, when it was made, and the check value of the embedded data. */
export function footerText(facts: FooterFacts): string {
  return `${facts.formName}　作成 ${formatJst(facts.generatedAt)}　データ照合値 ${facts.dataHash}`;
}

/** The facts on the left and 「3 / 7」 (its place in the whole file) on the right of each page given. */
export function drawFooters(
  doc: PDFDocument,
  pages: PDFPage[],
  fonts: FlowFonts,
  facts: FooterFacts,
): void {
  const small = { font: fonts.regular, size: TYPE.footer, color: MUTED };
  const text = footerText(facts);
  const all = doc.getPages();
  for (const page of pages) {
    const number = `${all.indexOf(page) + 1} / ${all.length}`;
    drawText(page, text, PAGE.marginX, PAGE.footerBaseline, small);
    const right = page.getWidth() - PAGE.marginX;
    drawTextRight(page, number, right, PAGE.footerBaseline, {
      font: fonts.regular,
      size: TYPE.cell,
    });
  }
}
