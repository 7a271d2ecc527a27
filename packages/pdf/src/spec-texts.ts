// Every text a document spec will print, keyed by where it comes from, for the glyph check.
import type { Block, PdfDocumentSpec } from './spec.ts';

type Texts = Record<string, string>;

function add(texts: Texts, key: string, text: string | undefined): void {
  if (!text) return;
  // Two texts from the same place (e.g. a label and its value without a data path) are checked together.
  texts[key] = texts[key] === undefined ? text : `${texts[key]}\n${text}`;
}

function addBlock(texts: Texts, block: Block, at: string): void {
  switch (block.kind) {
    case 'heading':
      add(texts, `${at}.text`, block.text);
      return;
    case 'paragraph':
    case 'box':
      add(texts, `${at}.label`, block.kind === 'box' ? block.label : undefined);
      add(texts, block.path ?? `${at}.text`, block.text);
      return;
    case 'section':
    case 'list':
    case 'cornerBox':
      add(texts, `${at}.title`, block.kind === 'section' ? block.title : undefined);
      add(texts, `${at}.note`, block.kind === 'section' ? block.note : undefined);
      block.rows.forEach((row, i) => {
        add(texts, `${at}.rows[${i}].label`, row.label);
        add(texts, row.path ?? `${at}.rows[${i}].value`, row.value);
      });
      return;
    case 'amounts':
      add(texts, `${at}.title`, block.title);
      block.rows.forEach((row, i) => {
        add(texts, `${at}.rows[${i}].label`, row.label);
        add(texts, row.path ?? `${at}.rows[${i}].amount`, row.amount);
      });
      return;
    case 'table':
      add(texts, `${at}.title`, block.title);
      block.columns.forEach((column, i) => {
        add(texts, `${at}.columns[${i}]`, column.header);
      });
      block.rows.forEach((row, i) => {
        const text = row.join('\n');
        add(texts, block.rowPaths?.[i] ?? `${at}.rows[${i}]`, text);
      });
      return;
    case 'pageBreak':
      return;
  }
}

/** { where: text } for everything `spec` prints; `where` is the data path when the spec gives one. */
export function specTexts(spec: PdfDocumentSpec): Texts {
  const texts: Texts = {};
  add(texts, 'title', spec.title);
  add(texts, 'formName', spec.formName);
  spec.reference?.forEach((line, i) => {
    add(texts, line.path ?? `reference[${i}]`, line.text);
  });
  add(texts, 'addressee', spec.addressee);
  spec.sender?.forEach((line, i) => {
    add(texts, line.path ?? `sender[${i}]`, line.text);
  });
  spec.blocks.forEach((block, i) => {
    addBlock(texts, block, `blocks[${i}]`);
  });
  spec.attachments?.forEach((file, i) => {
    add(texts, `attachments[${i}].name`, file.name);
  });
  return texts;
}
